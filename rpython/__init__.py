"""The `rpython` support package for RPython-3 programs.

Programs import helpers from `rpython.rlib.*` (module paths follow PyPy's
rlib).  Under CPython these modules give the untranslated behaviour, so an
RPython-3 program runs unchanged before translation; the translator
recognises the same functions and classes by identity.
"""
