#!/usr/bin/env python3
"""Writes Tests/Fixtures/fsrs-py-fsrs.json: what py-fsrs (the FSRS reference
implementation) computes for fixed rating sequences at fixed review times, so that the Swift
scheduler can be compared with it step by step.

Run it with no arguments: it makes a virtual environment under ~/.cache with the pinned
py-fsrs and re-runs itself there. The output is deterministic (seeded), so re-running it
changes nothing unless py-fsrs's pin changes.
"""
import json
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

PY_FSRS_VERSION = "6.3.2"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "Tests/Fixtures/fsrs-py-fsrs.json"
VENV = Path.home() / ".cache" / f"chattutor-fsrs-{PY_FSRS_VERSION}"


def ensure_venv():
    python = VENV / "bin" / "python"
    if os.environ.get("CHATTUTOR_FSRS_VENV") == "1":
        return
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", f"fsrs=={PY_FSRS_VERSION}"], check=True)
    env = dict(os.environ, CHATTUTOR_FSRS_VENV="1")
    sys.exit(subprocess.run([str(python), __file__], env=env).returncode)


ensure_venv()

import fsrs  # noqa: E402
import fsrs.scheduler as fsrs_scheduler  # noqa: E402
from fsrs import Card, Rating, Scheduler  # noqa: E402
from importlib.metadata import version  # noqa: E402

assert version("fsrs") == PY_FSRS_VERSION, version("fsrs")
START = datetime(2024, 1, 1, 9, 0, tzinfo=timezone.utc)
MINUTE, HOUR, DAY = 60, 3600, 86400


def epoch(moment):
    return moment.timestamp()


def run_case(name, scheduler_options, plan, fuzz_values=None):
    """plan: [(rating, seconds after the card's due (may be negative), or ("at", seconds after the last review))]"""
    scheduler = Scheduler(enable_fuzzing=fuzz_values is not None, **scheduler_options)
    card = Card(card_id=1, due=START)
    steps = []
    now = START
    for index, (rating, timing) in enumerate(plan):
        kind, seconds = timing
        if kind == "due":
            now = max(now, card.due + timedelta(seconds=seconds))
        else:
            now = now + timedelta(seconds=seconds)
        fuzz = None
        if fuzz_values is not None:
            fuzz = fuzz_values[index]
            fsrs_scheduler.random = lambda value=fuzz: value
        retrievability = scheduler.get_card_retrievability(card, current_datetime=now)
        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=now)
        steps.append({
            "rating": rating,
            "at": epoch(now),
            "fuzz": fuzz,
            "retrievabilityBefore": retrievability,
            "state": int(card.state),
            "step": card.step,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due": epoch(card.due),
        })
    options = {
        "desiredRetention": scheduler.desired_retention,
        "learningSteps": [step.total_seconds() for step in scheduler.learning_steps],
        "relearningSteps": [step.total_seconds() for step in scheduler.relearning_steps],
        "maximumInterval": scheduler.maximum_interval,
    }
    return {"name": name, "scheduler": options, "start": epoch(START), "steps": steps}


def on_due(rating, late=0):
    return (rating, ("due", late))


def after(rating, seconds):
    return (rating, ("after", seconds))


def random_plan(rng, length):
    plan = []
    for _ in range(length):
        rating = rng.choices([1, 2, 3, 4], weights=[2, 2, 5, 1])[0]
        timing = rng.choice([("due", 0), ("due", rng.randint(1, 20) * DAY), ("due", -rng.randint(1, 3) * HOUR),
                             ("after", rng.randint(1, 50) * MINUTE), ("due", rng.randint(1, 600) * MINUTE)])
        plan.append((rating, timing))
    return plan


def compact_json(document):
    """JSON with one review step a line, so that a change to py-fsrs shows as a readable diff."""
    lines = ["{", f' "generator": {json.dumps(document["generator"])},',
             f' "parameters": {json.dumps(document["parameters"])},', ' "cases": [']
    for index, case in enumerate(document["cases"]):
        lines.append(f'  {{"name": {json.dumps(case["name"])}, "scheduler": {json.dumps(case["scheduler"])}, '
                     f'"start": {json.dumps(case["start"])}, "steps": [')
        lines += [f'   {json.dumps(step)}{"," if n + 1 < len(case["steps"]) else ""}' for n, step in enumerate(case["steps"])]
        lines.append("  ]}" + ("," if index + 1 < len(document["cases"]) else ""))
    lines += [" ]", "}"]
    return "\n".join(lines) + "\n"


def main():
    cases = [
        run_case("good every time, on the day due", {}, [on_due(3)] * 10),
        run_case("easy first, then good", {}, [on_due(4)] + [on_due(3)] * 6),
        run_case("again, hard, good, easy through the learning steps", {},
                 [on_due(1), on_due(2), on_due(2), on_due(3), on_due(3), on_due(4), on_due(3)]),
        run_case("a lapse: review, again, relearning, good", {},
                 [on_due(3), on_due(3), on_due(3), on_due(3), on_due(1), on_due(2), on_due(3), on_due(3), on_due(3)]),
        run_case("late reviews, weeks overdue", {},
                 [on_due(3), on_due(3), on_due(3, 30 * DAY), on_due(3, 90 * DAY), on_due(1, 200 * DAY), on_due(3)]),
        run_case("same-day reviews of a review card", {},
                 [on_due(3), on_due(3), after(3, 2 * HOUR), after(2, HOUR), after(1, 10 * MINUTE), after(4, 30 * MINUTE)]),
        run_case("hard at the first step, one learning step", {"learning_steps": [timedelta(minutes=5)]},
                 [on_due(2), on_due(2), on_due(3), on_due(3)]),
        run_case("no learning or relearning steps", {"learning_steps": [], "relearning_steps": []},
                 [on_due(3), on_due(1), on_due(3), on_due(2), on_due(4)]),
        run_case("two relearning steps", {"relearning_steps": [timedelta(minutes=10), timedelta(hours=1)]},
                 [on_due(4), on_due(3), on_due(1), on_due(2), on_due(3), on_due(2), on_due(3), on_due(3)]),
        run_case("desired retention 0.8", {"desired_retention": 0.8}, [on_due(3)] * 8),
        run_case("desired retention 0.95", {"desired_retention": 0.95}, [on_due(3), on_due(2), on_due(3), on_due(4), on_due(3)]),
        run_case("maximum interval 30 days", {"maximum_interval": 30}, [on_due(4)] * 8),
    ]
    rng = random.Random(20241125)
    for index in range(12):
        retention = rng.choice([0.85, 0.9, 0.9, 0.93])
        cases.append(run_case(f"random sequence {index + 1}", {"desired_retention": retention}, random_plan(rng, 25)))
    for index in range(4):
        plan = random_plan(rng, 20)
        cases.append(run_case(f"fuzzed sequence {index + 1}", {}, plan, [rng.random() for _ in plan]))
    document = {
        "generator": f"scripts/gen-fsrs-fixtures.py with py-fsrs {PY_FSRS_VERSION}",
        "parameters": list(fsrs_scheduler.DEFAULT_PARAMETERS),
        "cases": cases,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(compact_json(document))
    print(f"wrote {OUT.relative_to(ROOT)}: {len(cases)} cases, {sum(len(c['steps']) for c in cases)} reviews")


main()
