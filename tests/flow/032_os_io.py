import os

def entry_point(argv):
    fd = os.open(argv[1], os.O_RDONLY, 0o777)
    data = os.read(fd, 4096)
    os.close(fd)
    os.write(1, data)
    return 0

def target(driver, args):
    return entry_point
