import os

import pytest

from rpython.rlib import rfile, streamio


def test_text_write_and_read(tmp_path):
    path = str(tmp_path / 'f.txt')
    f = rfile.create_file(path, 'w')
    f.write('hello\n')
    f.write('w\xf6rld\r\nlast')
    f.close()
    with open(path, 'rb') as raw:
        assert raw.read() == b'hello\nw\xc3\xb6rld\r\nlast'
    f = rfile.create_file(path)
    assert f.readline() == 'hello\n'
    assert f.readline() == 'w\xf6rld\r\n'        # no newline translation
    assert f.readline() == 'last'
    assert f.readline() == ''
    f.close()
    f = rfile.create_file(path, 'r')
    assert f.read(3) == 'hel'
    assert f.read() == 'lo\nw\xf6rld\r\nlast'
    assert f.read() == ''
    f.close()


def test_text_mode_rejects_bytes(tmp_path):
    f = rfile.create_file(str(tmp_path / 'f.txt'), 'w')
    with pytest.raises(TypeError):
        f.write(b'bytes')
    f.close()


def test_binary_seek_tell_truncate(tmp_path):
    path = str(tmp_path / 'f.bin')
    with rfile.create_file(path, 'wb+') as f:
        f.write(b'0123456789')
        assert f.tell() == 10
        f.seek(2)
        assert f.read(3) == b'234'
        f.seek(-2, 2)
        assert f.read() == b'89'
        f.seek(-4, 1)
        assert f.tell() == 6
        f.truncate()
        f.seek(0)
        assert f.read() == b'012345'
        f.truncate(2)
        f.flush()
        assert os.path.getsize(path) == 2
        assert isinstance(f.fileno(), int)
        assert f.isatty() is False
        with pytest.raises(TypeError):
            f.write('text')
    assert f.closed


def test_append_mode(tmp_path):
    path = str(tmp_path / 'f.txt')
    for chunk in ['a', 'b']:
        f = rfile.create_file(path, 'a')
        f.write(chunk)
        f.close()
    assert rfile.create_file(path).read() == 'ab'


def test_closed_file_and_errors(tmp_path):
    f = rfile.create_file(str(tmp_path / 'x'), 'w')
    f.close()
    f.close()                                     # twice is fine
    with pytest.raises(ValueError):
        f.write('x')
    with pytest.raises(ValueError):
        f.read()
    with pytest.raises(OSError):
        rfile.create_file(str(tmp_path / 'missing'))
    for mode in ['x', 'rw', 'rbb', '', 'r++']:
        with pytest.raises(ValueError):
            rfile.create_file(str(tmp_path / 'x'), mode)


def test_fdopen(tmp_path):
    path = str(tmp_path / 'fd.txt')
    fd = os.open(path, os.O_WRONLY | os.O_CREAT)
    f = rfile.create_fdopen_rfile(fd, 'w')
    f.write('via fd')
    f.close()
    with pytest.raises(OSError):
        os.close(fd)                               # closing f closed fd
    assert rfile.create_file(path).read() == 'via fd'


def test_stdio(capsys):
    stdin, stdout, stderr = rfile.create_stdio()
    stdout.write('to out\n')
    stderr.write('to err\n')
    stdout.flush()
    stdout.close()                                 # does not close sys.stdout
    out, err = capsys.readouterr()
    assert out == 'to out\n' and err == 'to err\n'
    assert stdin is not stdout


def test_streamio(tmp_path):
    path = str(tmp_path / 's.bin')
    s = streamio.open_file_as_stream(path, 'wb')
    s.write(b'line1\nline2\n')
    assert s.try_to_find_file_descriptor() >= 0
    s.close()
    assert s.try_to_find_file_descriptor() == -1
    s = streamio.open_file_as_stream(path, 'rb')
    assert s.readline() == b'line1\n'
    assert s.readall() == b'line2\n'
    s.seek(0)
    assert s.read(4) == b'line'
    assert s.tell() == 4
    s.close()
    fd = os.open(path, os.O_RDONLY)
    s = streamio.fdopen_as_stream(fd, 'r')
    assert s.readall() == 'line1\nline2\n'
    s.close()
