"""Dates below the stages: calendar periods and the resolution of time expressions to them.

The extractor reads time expressions and resolves them here; compare and report only read the
values. Keeping the calendar below ``extract`` lets data flow one way (extract never imports
normalise).
"""

# The evidence of a publication date that is not the article's own: the run's median publication
# date, given to an article that has none so that its relative dates resolve (see
# crosscheck.pipeline.complete_publication_dates). The time extractor labels the times it
# resolves against such a date with the anchor "corpus", not "published".
CORPUS_DATE_EVIDENCE = "none in the article: the median publication date of the run's other articles"
