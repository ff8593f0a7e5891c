"""How much each part of a match weighs in a phrase's rank: shared by the plain and the numpy ranking."""

# An optional word counts this much of a full word in the mean: enough to break ties between phrases that
# match the meaningful words alike, too little to let "the" outweigh them.
OPTIONAL_WEIGHT = 0.25
# Added (before the mean) for each word the phrase's category names in its "when" text: a situation query
# ("customer wants a refund") leans towards the category that serves it, without outranking a title.
HINT_LIFT = 0.2
# In the fallback, a word found only in the category's "when" text counts as this weak a match.
HINT_MATCH = 0.3
# Phrases of an on-request category (boundary: warnings, ending a chat) lose this much unless the query asks
# for them: a word of the category's own "when" text ("rude", "swearing", "warning", "behaviour"), typed, not
# guessed from a half-typed word. "unacceptable", "disc" or "chatting goodbye" never put a threat on top.
ON_REQUEST_PENALTY = 0.35
# Queries of this many words or more may be a fragment of the reply: each pair of them found side by side in
# a phrase adds its share of SEQUENCE_LIFT (all pairs: the whole lift).
SEQUENCE_MIN_WORDS = 3
SEQUENCE_LIFT = 0.3
# In a library shown in the customer's language, a phrase without a version in it (an English fallback) loses
# this much: the agent types English, but the reply should be in the customer's language when there is one.
FALLBACK_PENALTY = 0.25
