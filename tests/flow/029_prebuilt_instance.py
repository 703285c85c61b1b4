class Config:
    def __init__(self):
        self.verbose = False
        self.count = 0

config = Config()

def bump():
    config.count += 1
    return config.count

def entry_point(argv):
    config.verbose = len(argv) > 1
    return bump()

def target(driver, args):
    return entry_point
