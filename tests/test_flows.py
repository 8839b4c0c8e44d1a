"""Flows: a feature of several steps declares its states, buttons and data, the engine keeps to it.

A toy "case" flow stands in for the real features (case look-up, booking, staff desk):
it asks for a number, then a code, keeps both across the steps, and calls "the office's
system" in ``prepare``, outside the write transaction.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.app import Core
from dialogs import Dialogs, Incoming, Kind, Localizer, Screen, load_catalogue
from dialogs.context import Context
from dialogs.flows import Flow, Prepare
from storage import Conversation, Database, NestedWriteError, Repo


def _in(kind: Kind, **fields: Any) -> Incoming:
    return Incoming("console", "flow-person", kind, **fields)


class CaseFlow:
    """Number -> code -> result; records what ran, so tests can count."""

    def __init__(self, before_code: Any = None) -> None:
        self.before_code = before_code
        self.flow = Flow("toy", data_keys={"number": "the typed number", "tries": "codes tried"})
        self.prepared: list[str] = []
        self.handled: list[str] = []
        self.NUMBER = self.flow.state("number", on_text=self.on_number, free_text=True)
        self.CODE = self.flow.state(
            "code", on_text=self.on_code, free_text=True, prepare=self.check
        )
        self.CONFIRM = self.flow.state("confirm", buttons={"tyes": self.on_yes})
        self.flow.starts("toy", self.start)
        self.flow.anywhere("tany", self.on_anywhere)

    async def start(self, ctx: Context) -> list[Screen]:
        ctx.go(self.NUMBER)
        return [Screen("type the number")]

    async def on_number(self, ctx: Context, text: str) -> list[Screen]:
        ctx.move(self.CODE, number=text, tries=0)
        return [Screen("type the code")]

    async def check(self, p: Prepare, text: str) -> str:
        # Outside the transaction: a write of our own works (on SQLite it would deadlock inside).
        async with p.db.write() as session:
            await Repo(session).feedback.summary()
        self.prepared.append(text)
        return "ok" if text == "1234" else "wrong"

    async def on_code(self, ctx: Context, text: str) -> list[Screen]:
        if self.before_code is not None:
            await self.before_code(ctx)
        self.handled.append(text)
        if ctx.prepared != "ok":
            ctx.move(self.CODE, tries=ctx.data["tries"] + 1)
            return [Screen(f"wrong, tries {ctx.data['tries']}, number {ctx.data['number']}")]
        ctx.move(self.CONFIRM)
        return [Screen(f"found {ctx.data['number']}")]

    async def on_yes(self, ctx: Context, arg: str) -> list[Screen] | None:
        if arg != "go":
            return None
        number = ctx.data["number"]
        ctx.end()
        return [Screen(f"done {number}")]

    async def on_anywhere(self, ctx: Context, arg: str) -> list[Screen] | None:
        return [Screen(f"anywhere in {ctx.state}")]


async def _english(dialogs: Dialogs) -> None:
    await dialogs.handle(_in(Kind.START))
    await dialogs.handle(_in(Kind.BUTTON, payload="lang:en"))


async def _state(db: Database) -> tuple[str, dict[str, Any]]:
    async with db.read() as session:
        user = await Repo(session).users.get("console", "flow-person")
        assert user is not None
        conv = await session.get(Conversation, user.id)
        assert conv is not None
        return conv.state, dict(conv.data)


@pytest.fixture
async def toy(core: Core) -> CaseFlow:
    flow = CaseFlow()
    core.dialogs.add_flow(flow.flow)
    await _english(core.dialogs)
    return flow


async def test_data_is_kept_across_the_steps_and_cleared_at_the_end(
    core: Core, toy: CaseFlow
) -> None:
    dialogs = core.dialogs
    assert (await dialogs.handle(_in(Kind.BUTTON, payload="a:toy")))[0].text == "type the number"
    await dialogs.handle(_in(Kind.TEXT, text="2555583/2016"))
    (wrong,) = await dialogs.handle(_in(Kind.TEXT, text="0000"))
    assert wrong.text == "wrong, tries 1, number 2555583/2016"
    (found,) = await dialogs.handle(_in(Kind.TEXT, text="1234"))
    assert found.text == "found 2555583/2016"
    assert await _state(core.db) == (toy.CONFIRM, {"number": "2555583/2016", "tries": 1})
    (done,) = await dialogs.handle(_in(Kind.BUTTON, payload="tyes:go"))
    assert done.text == "done 2555583/2016"
    assert await _state(core.db) == ("idle", {})


async def test_prepare_runs_once_per_update_outside_the_transaction(
    core: Core, toy: CaseFlow
) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_in(Kind.BUTTON, payload="a:toy"))
    await dialogs.handle(_in(Kind.TEXT, text="1/2016"))
    await dialogs.handle(_in(Kind.TEXT, text="1234", update_key="u1"))
    await dialogs.handle(_in(Kind.TEXT, text="1234", update_key="u1"))  # redelivered
    assert toy.prepared == ["1234"]
    assert toy.handled == ["1234"]


async def test_a_button_of_another_step_never_acts(core: Core, toy: CaseFlow) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_in(Kind.BUTTON, payload="a:toy"))
    (stale,) = await dialogs.handle(_in(Kind.BUTTON, payload="tyes:go"))  # an old message
    assert dialogs.l10n("en", "menu-changed") in stale.text
    assert (await _state(core.db))[0] == "idle"
    (anywhere,) = await dialogs.handle(_in(Kind.BUTTON, payload="tany:x"))
    assert anywhere.text == "anywhere in idle"


async def test_in_a_free_text_step_words_are_input_and_only_commands_leave(
    core: Core, toy: CaseFlow
) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_in(Kind.BUTTON, payload="a:toy"))
    (asked,) = await dialogs.handle(_in(Kind.TEXT, text="menu"))
    assert asked.text == "type the code", "the word 'menu' left a step that takes free text"
    assert (await _state(core.db))[1]["number"] == "menu"
    (menu,) = await dialogs.handle(_in(Kind.TEXT, text="/menu"))
    assert menu.title == dialogs.l10n("en", "main-menu-title")
    assert await _state(core.db) == ("idle", {})


async def test_outside_free_text_the_menu_word_still_leaves(core: Core, toy: CaseFlow) -> None:
    dialogs = core.dialogs
    await dialogs.handle(_in(Kind.BUTTON, payload="a:toy"))
    await dialogs.handle(_in(Kind.TEXT, text="1/2016"))
    await dialogs.handle(_in(Kind.TEXT, text="1234"))
    (menu,) = await dialogs.handle(_in(Kind.TEXT, text="меню"))
    assert menu.title == dialogs.l10n("en", "main-menu-title")
    assert await _state(core.db) == ("idle", {})


async def test_a_deep_link_starts_the_flow_and_an_unknown_action_is_stale(
    core: Core, toy: CaseFlow
) -> None:
    dialogs = core.dialogs
    assert (await dialogs.handle(_in(Kind.START, text="toy")))[0].text == "type the number"
    (stale,) = await dialogs.handle(_in(Kind.BUTTON, payload="a:nothing"))
    assert dialogs.l10n("en", "menu-changed") in stale.text


async def test_a_flow_cannot_keep_data_it_did_not_declare(core: Core) -> None:
    flow = Flow("sloppy", data_keys={"kept": "declared"})
    step = flow.state("one", on_text=lambda ctx, text: _go_undeclared(ctx, step))

    flow.starts("sloppy", lambda ctx: _start(ctx, step))
    core.dialogs.add_flow(flow)
    await _english(core.dialogs)
    await core.dialogs.handle(_in(Kind.BUTTON, payload="a:sloppy"))
    with pytest.raises(KeyError, match="secret"):
        await core.dialogs.handle(_in(Kind.TEXT, text="x"))


async def _start(ctx: Context, step: str) -> list[Screen]:
    ctx.go(step, kept=1)
    return [Screen("go")]


async def _go_undeclared(ctx: Context, step: str) -> list[Screen]:
    ctx.move(step, secret="x")
    return []


async def test_two_flows_cannot_share_a_verb(core: Core) -> None:
    first, second = Flow("one", data_keys={}), Flow("two", data_keys={})
    first.state("a", buttons={"zz": _never})
    second.anywhere("zz", _never)
    core.dialogs.add_flow(first)
    with pytest.raises(ValueError, match="zz"):
        core.dialogs.add_flow(second)


async def _never(ctx: Context, arg: str) -> list[Screen] | None:
    raise AssertionError("must not run")


async def test_a_nested_write_in_a_handler_fails_at_once(database: Database) -> None:
    """A handler that opens a second write would wait forever on SQLite; now it fails."""
    dialogs = Dialogs(database, load_catalogue(), Localizer(), _NoSearch())  # type: ignore[arg-type]
    flow = Flow("nested", data_keys={})

    async def start(ctx: Context) -> list[Screen]:
        async with database.write():
            pass
        return []

    flow.starts("nested", start)
    dialogs.add_flow(flow)
    await _english(dialogs)
    with pytest.raises(NestedWriteError):
        await asyncio.wait_for(dialogs.handle(_in(Kind.BUTTON, payload="a:nested")), 10)


async def test_a_retried_transaction_does_not_call_the_outside_again(database: Database) -> None:
    """Another worker saves the conversation mid-update: the handler runs again, prepare not."""
    if database.is_sqlite:
        pytest.skip("one writer at a time on SQLite: another worker cannot save mid-update")
    dialogs = Dialogs(database, load_catalogue(), Localizer(), _NoSearch())  # type: ignore[arg-type]

    async def another_worker_saves_first(ctx: Context) -> None:
        if not toy.handled:
            await asyncio.create_task(_bump_version(database, ctx.user.id))  # type: ignore[arg-type]

    toy = CaseFlow(before_code=another_worker_saves_first)
    dialogs.add_flow(toy.flow)
    await _english(dialogs)
    await dialogs.handle(_in(Kind.BUTTON, payload="a:toy"))
    await dialogs.handle(_in(Kind.TEXT, text="1/2016"))
    (found,) = await dialogs.handle(_in(Kind.TEXT, text="1234"))
    assert found.text == "found 1/2016"
    assert toy.prepared == ["1234"]
    assert len(toy.handled) == 2


async def _bump_version(db: Database, user_id: int) -> None:
    from sqlalchemy import update

    async with db.write() as session:
        await session.execute(
            update(Conversation)
            .where(Conversation.user_id == user_id)
            .values(version=Conversation.version + 1)
        )


class _NoSearch:
    def query(self, text: str, lang: str) -> Any:
        raise AssertionError("no search in these tests")


async def test_every_category_action_is_started_by_a_flow(core: Core) -> None:
    """A category's action button must lead somewhere: a flow wired in ``build_core``."""
    wanted = {a for cat in core.dialogs.catalogue.categories.values() for a in cat.actions}
    assert wanted <= core.dialogs.actions, f"no flow starts {wanted - core.dialogs.actions}"
