# urllib for Fora: package module for urllib.parse (has no contents of its own).
