"""Run-time support library for RPython-3 programs (untranslated versions).

Modules: jit, rarithmetic, objectmodel, rstring, unroll, debug, rfile,
streamio, rbigint, rfloat.
"""
