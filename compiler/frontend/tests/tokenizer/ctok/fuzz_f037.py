pri*t(Plugin.__annotations__)

