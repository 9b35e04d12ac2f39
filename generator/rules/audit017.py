"""With --grouped, a conversation id comes back after another conversation.

## What it does
With `--grouped`, each conversation is judged as soon as the next one begins; this reports a conversation id that
appears again later (the message names the line it started on).

## Why it matters
The conversation was already judged without these messages; judging it again would count it twice.

## Example
```
handbook audit standards --transcripts chats.jsonl --grouped   # c-1, c-2, then c-1 again
```

## Use instead
Keep each conversation's messages together in the file, or drop `--grouped` (the reader then keeps every
conversation until the end).

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT017"
NAME = "conversation-reopened"
SEVERITY = "error"
SUMMARY = "with --grouped, a conversation id comes back after another conversation"
STAGE = "audit"
