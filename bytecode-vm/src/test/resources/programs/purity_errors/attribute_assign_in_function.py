# expect: PurityError at 5:5 attribute
class Cfg:
    debug = False
def enable(cfg):
    cfg.debug = True
    return cfg
enable(Cfg())
