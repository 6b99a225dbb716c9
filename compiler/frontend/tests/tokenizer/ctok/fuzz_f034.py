# Seed technique 5: dynamic imports, plugin discovery, import by string.
import importlib
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

class BasePlugin:
    is_plugin = True
    def execute(self, data):
        raise NotImplementedError

class PluginLoader:
    def __init__(self, plugin_directory):
        self.plugin_directxory = Path(plugin_directory)
        self.plugins = {}

    def discover_plugins(self):
        for module_file in sorted(self.plugin_directory.glob("*.py")):
            if module_file.stem == "__init__":
                continue
            module_name = f"plugins.{module_file.stem}"
            try:
                spec = importlib.util.spec_from_file_location(module_name, module_file)
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
                for attr_name in dir(module):
                    attr = getattr(module, attr_name)
                    if isinstance(attr, type) and hasattr(attr, 'is_plugin'):
                        self.plugins[attr_name] = attr
                        print(f"Loaded plugin: {attr_name}")
            except Exception as e:
