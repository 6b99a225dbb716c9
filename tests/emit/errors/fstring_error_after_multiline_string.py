x = f"""abc
{}"""
