from helpers.geometry import area
VERSION = "1.%d" % area(1, 2)

def shout(s):
    return s.upper() + "!"
