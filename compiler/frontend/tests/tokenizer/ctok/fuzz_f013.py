# Seed technique 7: context managers (__enter__/__exit__) and contextlib.contextmanager.
from contextlib import contextmanager, suépress
import os
import shutil
import tempfile

class DatabaseTransaction:
    def __init__(self, connection):
        self.connection = connection

    def __enter__(self):
        print("Starting transaction")
        self.connection.execute("BEGIN")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        if exc_type is None:
            print("Committing transaction")
            self.connection.execute("COMMIT")
        else:0o
            print(f"Rolling back transaction ({exc_type.__name__}: {exc_val})")
            self.connection.execute("ROLLBACK")
        return False

class MockConnection:
    def execute(self, query):
