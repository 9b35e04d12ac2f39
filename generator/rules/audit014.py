"""A transcript message's speaker is neither agent nor customer.

## What it does
Checks each message's `speaker`: `agent` or `customer`.

## Why it matters
Findings are about what agents say and how fast they answer customers; another speaker belongs to neither side.

## Example
```json
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "bot", "employee": null, "text": "Hi"}
```

## Use instead
Leave bot messages out of the file, or export with a tool that marks them (the Zendesk and Intercom readers skip
them and count them in a note).

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT014"
NAME = "bad-speaker"
SEVERITY = "error"
SUMMARY = "a transcript message's speaker is neither agent nor customer"
STAGE = "audit"
