import pytest

from rpython.rlib.objectmodel import (
    UnboxedValue, always_inline, compute_hash, compute_identity_hash,
    compute_unique_id, current_object_addr_as_int, dont_inline, enforceargs,
    fetch_translated_config, import_from_mixin, instantiate,
    keepalive_until_here, likely, newlist_hint, not_rpython, r_dict,
    resizelist_hint, sandbox_review, specialize, try_inline, unlikely,
    we_are_translated)
from rpython.rlib.rarithmetic import is_valid_int


def test_we_are_translated():
    assert we_are_translated() is False
    assert fetch_translated_config() is None


@pytest.mark.parametrize('make, expected', [
    (lambda: specialize.memo(), 'specialize:memo'),
    (lambda: specialize.arg(0), 'specialize:arg(0)'),
    (lambda: specialize.arg(0, 2), 'specialize:arg(0, 2)'),
    (lambda: specialize.argtype(1), 'specialize:argtype(1)'),
    (lambda: specialize.arglistitemtype(0), 'specialize:arglistitemtype(0)'),
    (lambda: specialize.call_location(), 'specialize:call_location'),
    (lambda: specialize.ll(), 'specialize:ll'),
    (lambda: specialize.ll_and_arg(3), 'specialize:ll_and_arg(3)'),
])
def test_specialize_tags(make, expected):
    def f(a, b=2, c=3, d=4):
        return a + b
    assert make()(f) is f
    assert f._annspecialcase_ == expected
    assert f(1) == 3


def test_inline_and_not_rpython_tags():
    def f():
        return 42
    assert always_inline(f) is f and f._always_inline_ is True
    assert dont_inline(f) is f and f._dont_inline_ is True
    assert try_inline(f) is f and f._always_inline_ == 'try'
    assert not_rpython(f) is f and f._not_rpython_ is True
    assert sandbox_review(reviewed=True)(f) is f
    assert f._sandbox_review_ == 'reviewed'
    assert f() == 42
    with pytest.raises(ValueError):
        sandbox_review()


def test_enforceargs_checks_types():
    @enforceargs(int, str, None)
    def f(a, b, c):
        return '%d %s %r' % (a, b, c)
    assert f(1, 'x', [None]) == "1 x [None]"
    assert f(a=1, b='x', c=3) == "1 x 3"
    assert f.__name__ == 'f'
    assert f._annenforceargs_ == {'a': int, 'b': str, 'c': None}
    with pytest.raises(TypeError) as exc:
        f('1', 'x', None)
    assert "'a'" in str(exc.value)
    with pytest.raises(TypeError):
        f(1, b=2, c=None)


def test_enforceargs_keywords_lists_and_floats():
    @enforceargs(x=float, items=[int])
    def g(x, items=[]):
        return x + sum(items)
    assert g(1.5, [1, 2]) == 4.5
    assert g(2) == 2          # an int is accepted for a float
    with pytest.raises(TypeError):
        g(1.0, [1, 'a'])
    with pytest.raises(TypeError):
        g('a')
    with pytest.raises(TypeError):
        enforceargs(int, int)(lambda x: x)


def test_enforceargs_without_typecheck_returns_function():
    def h(x):
        return x
    assert enforceargs(int, typecheck=False)(h) is h
    assert h('not an int') == 'not an int'


def test_compute_hash_by_value():
    assert compute_hash('hello') == compute_hash('hel' + 'lo')
    assert compute_hash('hello') != compute_hash('hellp')
    assert compute_hash(b'abc') == compute_hash(bytes([97, 98, 99]))
    assert compute_hash(12345) == 12345
    assert compute_hash(-7) == -7
    assert compute_hash(1.5) == compute_hash(3.0 / 2)
    assert compute_hash((1, 'a')) == compute_hash((1, 'a'))
    assert compute_hash((1, 'a')) != compute_hash(('a', 1))
    assert compute_hash(None) == 0
    # FNV-1a of no bytes (the offset basis), as a signed word
    assert compute_hash('') == 0xcbf29ce484222325 - 2 ** 64
    for value in ['x' * 1000, 2 ** 100, 1e300, (2 ** 70, 'z')]:
        assert is_valid_int(compute_hash(value))


def test_compute_hash_is_deterministic():
    # a fixed value: independent of PYTHONHASHSEED
    assert compute_hash('a') == compute_hash('a')
    # FNV-1a test vector for "a" (the function translated programs use)
    assert compute_hash('a') == 0xaf63dc4c8601ec8c - 2 ** 64


def test_compute_hash_of_instances_ignores_user_hash():
    class Weird(object):
        def __hash__(self):
            raise AssertionError("user __hash__ called")

        def __eq__(self, other):
            return True
    w = Weird()
    assert compute_hash(w) == compute_hash(w)
    assert compute_hash(w) == compute_identity_hash(w)
    assert is_valid_int(compute_identity_hash(w))
    assert compute_unique_id(w) == id(w)
    assert compute_unique_id(w) != compute_unique_id(Weird())
    assert is_valid_int(current_object_addr_as_int(w))


def _eq_mod10(a, b):
    return a % 10 == b % 10


def _hash_mod10(a):
    return a % 10


def test_r_dict_custom_eq_hash():
    d = r_dict(_eq_mod10, _hash_mod10)
    d[3] = 'three'
    d[13] = 'thirteen'           # same key as 3
    assert len(d) == 1
    assert d[23] == 'thirteen'
    assert 33 in d and 4 not in d
    assert list(d.keys()) == [3]  # the first key object is kept
    d[5] = 'five'
    d[1] = 'one'
    assert d.keys() == [3, 5, 1]  # insertion order
    assert d.values() == ['thirteen', 'five', 'one']
    assert d.items() == [(3, 'thirteen'), (5, 'five'), (1, 'one')]
    assert list(d) == [3, 5, 1]
    del d[15]
    assert d.keys() == [3, 1]
    with pytest.raises(KeyError):
        d[4]
    with pytest.raises(KeyError):
        del d[4]


def test_r_dict_methods():
    d = r_dict(_eq_mod10, _hash_mod10)
    assert d.get(1) is None and d.get(1, 'x') == 'x'
    assert d.setdefault(2, 'two') == 'two'
    assert d.setdefault(12, 'other') == 'two'
    assert d.pop(22) == 'two'
    assert d.pop(22, 'gone') == 'gone'
    with pytest.raises(KeyError):
        d.pop(22)
    d.update({1: 'a', 2: 'b'})
    e = d.copy()
    e[11] = 'changed'
    assert d[1] == 'a' and e[1] == 'changed'
    assert e.key_eq is _eq_mod10 and e.key_hash is _hash_mod10
    d.clear()
    assert len(d) == 0 and len(e) == 2


def test_r_dict_calls_key_functions():
    calls = []

    def key_eq(a, b):
        calls.append((a, b))
        return a.lower() == b.lower()

    def key_hash(a):
        return compute_hash(a.lower())
    d = r_dict(key_eq, key_hash)
    d['Key'] = 1
    assert d['KEY'] == 1
    assert ('Key', 'KEY') in calls or ('KEY', 'Key') in calls


def test_instantiate_skips_init():
    class A(object):
        def __init__(self):
            raise AssertionError("__init__ called")
    a = instantiate(A)
    assert type(a) is A

    class E(Exception):
        def __init__(self, x):
            raise AssertionError("__init__ called")
    assert type(instantiate(E)) is E


class Mixin(object):
    _mixin_ = True
    counter = 5

    def __init__(self, x):
        self.x = x

    def method(self):
        return self.x * 2

    def __repr__(self):
        return 'mixin'

    @staticmethod
    def helper(y):
        return y + 1


class SubMixin(Mixin):
    def method(self):
        return self.x * 3

    def other(self):
        return 'other'


def test_import_from_mixin():
    class A(object):
        import_from_mixin(Mixin)

        def extra(self):
            return self.method() + 1
    a = A(10)
    assert a.method() == 20
    assert a.extra() == 21
    assert A.counter == 5
    assert A.helper(1) == 2
    assert A.__dict__['method'] is not Mixin.__dict__['method']
    assert A.__dict__['method'].__code__ is Mixin.__dict__['method'].__code__
    assert '__repr__' not in A.__dict__
    assert '__init__' in A.__dict__
    assert not issubclass(A, Mixin)


def test_import_from_mixin_bases_and_special_methods():
    class B(object):
        import_from_mixin(SubMixin, special_methods=['__repr__'])
    assert '__init__' not in B.__dict__
    assert repr(B()) == 'mixin'
    b = B()
    b.x = 2
    assert b.method() == 6           # the subclass version wins
    assert b.other() == 'other'


def test_import_from_mixin_refuses_to_overwrite():
    with pytest.raises(TypeError):
        class C(object):
            def method(self):
                return 0
            import_from_mixin(Mixin)


def test_import_from_mixin_copies_closures_and_defaults():
    def make_mixin(k):
        class M(object):
            def add(self, y=k):
                return k + y
        return M

    class D(object):
        import_from_mixin(make_mixin(4))
    assert D().add() == 8
    assert D().add(1) == 5


def test_unboxed_value():
    class Small(UnboxedValue):
        __slots__ = 'smallint'
    s = Small(42)
    assert s.smallint == 42
    assert s.get_untagged_value() == 42


def test_hints():
    lst = newlist_hint(10)
    assert lst == [] and type(lst) is list
    assert newlist_hint() is not newlist_hint()
    resizelist_hint(lst, 100)
    assert lst == []
    keepalive_until_here(lst, 1)
    assert likely(1) is True and unlikely(0) is False
