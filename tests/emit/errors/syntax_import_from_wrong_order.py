import os from sys
