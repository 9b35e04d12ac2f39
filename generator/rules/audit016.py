"""A message is earlier than the one before it in its conversation.

## What it does
Checks that the messages of each conversation come in time order.

## Why it matters
A reply timed before the question would have a negative delay; the file was probably sorted by something else.

## Example
```json
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:05:00Z", "speaker": "agent", "employee": "emp-7", "text": "Done"}
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "customer", "employee": null, "text": "Hi"}
```

## Use instead
Sort each conversation's messages by time before exporting (conversations may still be interleaved).

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT016"
NAME = "time-goes-back"
SEVERITY = "error"
SUMMARY = "a message is earlier than the one before it in its conversation"
STAGE = "audit"
