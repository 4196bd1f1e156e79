"""Schemathesis hooks for the JobMatch service: how to send a JSON Lines body.

The bulk routes take `application/x-ndjson` (or `application/jsonl`), one
JSON object a line; the document describes the body as a string, which is
sent as its UTF-8 bytes.
"""

import schemathesis


@schemathesis.serializer("application/x-ndjson", "application/jsonl")
def json_lines(ctx, value):
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")
