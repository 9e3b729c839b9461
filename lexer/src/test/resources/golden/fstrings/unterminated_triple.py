x = f'''abc
{y}
