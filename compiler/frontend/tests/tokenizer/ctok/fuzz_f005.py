class CSVPlugin(Plugin, name="csv"):
    def serial_ize(self, data):
        return ",".join(str(v) for v in data)

