x = f'{a!r }'
