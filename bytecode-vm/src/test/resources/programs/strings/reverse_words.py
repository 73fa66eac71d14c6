def rev_words(s):
    return " ".join(reversed(s.split()))
rev_words("the sky is blue")
rev_words("  hello   world  ")
rev_words("single")
