"""Reading numbers in text: the number grammar below extract and normalise.

Extraction finds figures with it and turns hedged ones into intervals; the data flows
extract -> normalise, so this grammar lives below both stages rather than in either (no stage
imports upward). :mod:`.tokens` cuts text into digit atoms, words and symbols; :mod:`.english`
reads English numbers from them; :mod:`.words` reads languages whose number words are rule data
(French); :mod:`.hedges` turns a hedged figure into an interval.
"""
