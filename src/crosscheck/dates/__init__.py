"""Dates below the stages: calendar periods and the resolution of time expressions to them.

The extractor reads time expressions and resolves them here; compare and report only read the
values. Keeping the calendar below ``extract`` lets data flow one way (extract never imports
normalise).
"""
