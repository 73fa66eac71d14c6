# xml for Fora: package module for xml.etree (has no contents of its own).
