import pytest

from rpython.rlib.rstring import (
    ByteStringBuilder, StringBuilder, UnicodeBuilder, endswith, replace,
    rsplit, split, startswith)


def test_string_builder():
    b = StringBuilder()
    assert b.getlength() == 0
    assert b.build() == ''
    b.append('abc')
    b.append_char('d')
    b.append_slice('0123456', 2, 5)
    b.append_multiple_char('x', 3)
    b.append('\u20ac')
    assert b.getlength() == 4 + 3 + 3 + 1
    assert b.build() == 'abcd234xxx\u20ac'
    b.append('!')                       # appending after build() works
    assert b.build() == 'abcd234xxx\u20ac!'
    assert b.getlength() == 12


def test_string_builder_init_size_and_empty_slice():
    b = StringBuilder(5)
    b.append_slice('abc', 1, 1)
    b.append_multiple_char('z', 0)
    assert b.build() == '' and b.getlength() == 0


def test_string_builder_checks():
    b = StringBuilder()
    with pytest.raises(TypeError):
        b.append(b'bytes')
    with pytest.raises(ValueError):
        b.append_char('ab')
    with pytest.raises(ValueError):
        b.append_multiple_char('', 2)
    with pytest.raises(ValueError):
        b.append_slice('abc', 2, 1)
    with pytest.raises(ValueError):
        b.append_slice('abc', 0, 4)
    assert b.build() == ''


def test_unicode_builder_builds_str():
    b = UnicodeBuilder()
    b.append('h\xe9')
    b.append_char('!')
    assert b.build() == 'h\xe9!'
    assert isinstance(b, StringBuilder)


def test_byte_string_builder():
    b = ByteStringBuilder()
    b.append(b'ab')
    b.append_char(b'c')
    b.append_char(100)
    b.append_multiple_char(b'-', 2)
    b.append_multiple_char(0x2b, 1)
    b.append_slice(b'xyz', 1, 3)
    assert b.build() == b'abcd--+yz'
    assert b.getlength() == 9
    with pytest.raises(TypeError):
        b.append('text')


def test_helpers():
    assert split('a b  c') == ['a', 'b', 'c']
    assert split('a,b,,c', ',') == ['a', 'b', '', 'c']
    assert split('a,b,c', ',', 1) == ['a', 'b,c']
    assert rsplit('a,b,c', ',', 1) == ['a,b', 'c']
    assert split(b'x y', b' ') == [b'x', b'y']
    assert replace('aaaa', 'a', 'b') == 'bbbb'
    assert replace('aaaa', 'a', 'b', 2) == 'bbaa'
    assert startswith('hello', 'he') and not startswith('hello', 'el')
    assert startswith('hello', 'el', 1)
    assert endswith('hello', 'lo') and not endswith('hello', 'l')
    assert endswith('hello', 'll', 0, 4)
    with pytest.raises(ValueError):
        split('abc', '')
