f"{a b c} {$}"
