def strip_prefix(s, p):
    return s[len(p):] if s.startswith(p) else s
def strip_suffix(s, p):
    return s[:-len(p)] if p and s.endswith(p) else s
strip_prefix("unhappy", "un")
strip_prefix("happy", "un")
strip_suffix("walking", "ing")
strip_suffix("walk", "")
[strip_suffix(w, "s") for w in ["cats", "dog", "glass"]]
