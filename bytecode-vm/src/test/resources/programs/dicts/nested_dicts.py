cfg = {"db": {"host": "localhost", "port": 5432}, "debug": False}
cfg["db"]["port"]
cfg.get("db", {}).get("user", "root")
{k: type(v).__name__ for k, v in cfg.items()}
{**cfg, "db": {**cfg["db"], "port": 5433}}
cfg["db"]
