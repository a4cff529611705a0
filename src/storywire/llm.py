"""Optional LLM access: an OpenAI-compatible chat endpoint, only when the user configures one.

Nothing in storywire needs it. With ``STORYWIRE_LLM_URL`` set (e.g. a local llama.cpp or vLLM
server: ``http://localhost:8080/v1``), story briefings are rewritten into fluent English from
the extracted facts and their original-language evidence; without it, or when the endpoint
fails, the offline briefing stands unchanged. ``STORYWIRE_LLM_MODEL`` and
``STORYWIRE_LLM_KEY`` are passed through when set.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any, Protocol

TIMEOUT_S = 60.0

SYSTEM = (
    "You write short, neutral English news briefings for analysts. Use only the facts and "
    "evidence given; translate evidence you rely on; keep every [n] evidence reference next to "
    "the statement it supports; do not add facts, opinions or speculation."
)


class LLM(Protocol):
    def complete(self, system: str, prompt: str) -> str: ...


@dataclass
class OpenAICompatible:
    """``POST {url}/chat/completions`` with the standard request and response shapes."""

    url: str
    model: str = "default"
    api_key: str | None = None
    timeout: float = TIMEOUT_S

    def complete(self, system: str, prompt: str) -> str:
        body = json.dumps({
            "model": self.model,
            "messages": [{"role": "system", "content": system},
                         {"role": "user", "content": prompt}],
            "temperature": 0,
        }).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(self.url.rstrip("/") + "/chat/completions", data=body,
                                     headers=headers, method="POST")
        with urllib.request.urlopen(req, timeout=self.timeout) as resp:
            data = json.loads(resp.read().decode("utf-8"))
        return str(data["choices"][0]["message"]["content"]).strip()


def configured_llm(env: dict[str, str] | None = None) -> LLM | None:
    env = dict(os.environ) if env is None else env
    url = env.get("STORYWIRE_LLM_URL", "").strip()
    if not url:
        return None
    return OpenAICompatible(url, env.get("STORYWIRE_LLM_MODEL") or "default",
                            env.get("STORYWIRE_LLM_KEY") or None)


def fluent_briefing(offline: str, story: dict[str, Any], llm: LLM) -> str | None:
    """The LLM's rewrite of ``offline`` (which carries the facts and evidence), or None."""
    prompt = (f"Story title (original language): {story.get('title')}\n"
              f"Languages: {', '.join(story.get('languages', []))}\n\n"
              f"Extracted facts with numbered evidence:\n{offline}\n\n"
              "Write a briefing of at most 150 words.")
    try:
        text = llm.complete(SYSTEM, prompt)
    except (OSError, urllib.error.URLError, ValueError, KeyError, IndexError, TypeError):
        return None
    return text or None
