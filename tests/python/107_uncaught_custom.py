class ConfigError(Exception):
    pass
def load():
    raise ConfigError("missing key 'port'")
print("loading")
load()
