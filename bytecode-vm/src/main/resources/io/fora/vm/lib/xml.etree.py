# xml.etree for Fora: package module for xml.etree.ElementTree (has no contents of its own).
# Fora's "from xml.etree import ElementTree" does not import the submodule by itself (nor does it
# ask a module __getattr__), so the package loads it when it is imported.
import xml.etree.ElementTree as ElementTree
