"""The screens of the self-service journey: language choice, menus, answers, search results.

Payloads are short ``verb:arg`` strings that survive restarts (see DESIGN.md):
``lang:<code>``, ``m:`` (main menu), ``m:<category>``, ``f:<entry>``,
``fb:<entry>:1|0`` (did this help), ``c:<command>``, ``a:<action>`` (a category's
action: starts a flow). On a channel that pages long menus (``Incoming.page_size``), a
later page is ``m:<category>:<page>`` (``m::<page>`` for the main menu), pages counted
from 0; flows page their own lists with their own payloads.
"""

from __future__ import annotations

from collections.abc import Callable

from dialogs.catalogue import Catalogue
from dialogs.context import Context
from dialogs.screens import AnyButton, Button, LinkButton, Screen

MAIN = "m:"


def nav_row(ctx: Context, back: str) -> tuple[Button, ...]:
    """Back and Main menu: on every screen but the main menu itself."""
    return (Button(ctx.t("btn-back"), back), Button(ctx.t("btn-main-menu"), MAIN))


def language_menu(ctx: Context, languages: list[str], *, first_contact: bool) -> Screen:
    suggested = ctx.lang
    ordered = [suggested, *[lang for lang in languages if lang != suggested]]
    buttons = tuple((Button(ctx.l10n(lang, "lang-name"), f"lang:{lang}"),) for lang in ordered)
    prompts = "\n".join(ctx.l10n(lang, "lang-prompt") for lang in ordered)
    if first_contact:
        text = f"{ctx.t('welcome')}\n\n{prompts}"
        return Screen(text=text, title=ctx.t("welcome-title"), buttons=buttons)
    return Screen(
        text=prompts,
        title=ctx.t("lang-title"),
        buttons=(*buttons, nav_row(ctx, MAIN)),
        replace=ctx.incoming.kind == "button",
    )


def _category_label(ctx: Context, catalogue: Catalogue, category_id: str) -> str:
    icon = catalogue.categories[category_id].icon
    label = ctx.t(f"cat-{category_id}")
    return f"{icon} {label}" if icon else label


def menu_payload(category_id: str, page: int = 0) -> str:
    return f"m:{category_id}:{page}" if page else f"m:{category_id}"


def paged(
    ctx: Context,
    options: list[tuple[AnyButton, ...]],
    page: int,
    page_payload: Callable[[int], str],
) -> list[tuple[AnyButton, ...]]:
    """One page of a long option list with buttons to turn pages, if the channel pages.

    ``page_payload(n)`` is the payload of the button that shows page ``n``. A page past
    the end (the list got shorter since the button was sent) shows the last page
    rather than nothing.
    """
    size = ctx.incoming.page_size
    if not size or len(options) <= size:
        return list(options)
    last = (len(options) - 1) // size
    page = min(max(page, 0), last)
    turn: list[AnyButton] = []
    if page > 0:
        turn.append(Button(ctx.t("btn-page-prev"), page_payload(page - 1)))
    if page < last:
        turn.append(Button(ctx.t("btn-page-next"), page_payload(page + 1)))
    return [*options[page * size : (page + 1) * size], tuple(turn)]


def main_menu(ctx: Context, catalogue: Catalogue, *, notice: str = "", page: int = 0) -> Screen:
    options: list[tuple[AnyButton, ...]] = [
        (Button(_category_label(ctx, catalogue, cat_id), f"m:{cat_id}"),)
        for cat_id in catalogue.top
    ]
    buttons = paged(ctx, options, page, lambda n: menu_payload("", n))
    buttons.append(
        (Button(ctx.t("btn-language"), "c:language"), Button(ctx.t("btn-help"), "c:help"))
    )
    text = ctx.t("main-menu-text")
    if notice:
        text = f"{notice}\n\n{text}"
    return Screen(
        text=text,
        title=ctx.t("main-menu-title"),
        buttons=tuple(buttons),
        replace=ctx.incoming.kind == "button" and not notice,
    )


def category_menu(ctx: Context, catalogue: Catalogue, category_id: str, page: int = 0) -> Screen:
    category = catalogue.categories[category_id]
    options: list[tuple[AnyButton, ...]] = [
        (Button(ctx.t(f"act-{action}"), f"a:{action}"),) for action in category.actions
    ]
    options += [
        (Button(_category_label(ctx, catalogue, child), f"m:{child}"),)
        for child in category.children
    ]
    options += [(Button(ctx.t(f"faq-{entry}-q"), f"f:{entry}"),) for entry in category.entries]
    rows = paged(ctx, options, page, lambda n: menu_payload(category_id, n))
    back = f"m:{category.parent}" if category.parent else MAIN
    rows.append(nav_row(ctx, back))
    return Screen(
        text=ctx.t("category-text"),
        title=_category_label(ctx, catalogue, category_id),
        buttons=tuple(rows),
        replace=ctx.incoming.kind == "button",
    )


def answer(ctx: Context, catalogue: Catalogue, entry_id: str) -> Screen:
    """An FAQ answer with its official page in the reader's language where one exists.

    Answers outside the contact menu carry the "Contact the office" button, so the text
    itself need not end with the info line and the contact form every time.
    """
    entry = catalogue.entries[entry_id]
    verified = entry.verified.strftime("%d.%m.%Y")
    text = f"{ctx.t(f'faq-{entry_id}-a')}\n\n{ctx.t('faq-verified', date=verified)}"
    rows: list[tuple[AnyButton, ...]] = [
        (LinkButton(ctx.t("btn-official-page"), entry.url_for(ctx.lang)),)
    ]
    if entry.category != "contact":
        rows.append((Button(ctx.t("btn-contact"), "m:contact"),))
    rows.append(
        (
            Button(ctx.t("btn-helped-yes"), f"fb:{entry_id}:1"),
            Button(ctx.t("btn-helped-no"), f"fb:{entry_id}:0"),
        )
    )
    rows.append(nav_row(ctx, f"m:{entry.category}"))
    return Screen(text=text, title=ctx.t(f"faq-{entry_id}-q"), buttons=tuple(rows))


def feedback_thanks(ctx: Context, catalogue: Catalogue, entry_id: str, helpful: bool) -> Screen:
    back = f"m:{catalogue.entries[entry_id].category}"
    if helpful:
        return Screen(text=ctx.t("feedback-thanks"), buttons=(nav_row(ctx, back),))
    return Screen(
        text=ctx.t("feedback-sorry"),
        buttons=((Button(ctx.t("btn-contact"), "m:contact"),), nav_row(ctx, back)),
    )


def candidates(ctx: Context, entry_ids: tuple[str, ...]) -> Screen:
    rows = tuple((Button(ctx.t(f"faq-{entry}-q"), f"f:{entry}"),) for entry in entry_ids)
    return Screen(
        text=ctx.t("search-candidates", count=len(entry_ids)),
        buttons=(*rows, nav_row(ctx, MAIN)),
    )


def not_found(ctx: Context) -> Screen:
    return Screen(
        text=ctx.t("search-nothing"),
        buttons=((Button(ctx.t("btn-contact"), "m:contact"),), nav_row(ctx, MAIN)),
    )


def help_screen(ctx: Context) -> Screen:
    return Screen(
        text=ctx.t("help-text"),
        title=ctx.t("help-title"),
        buttons=(
            (
                Button(ctx.t("btn-language"), "c:language"),
                Button(ctx.t("btn-contact"), "m:contact"),
            ),
            nav_row(ctx, MAIN),
        ),
        replace=ctx.incoming.kind == "button",
    )


def media_hint(ctx: Context) -> Screen:
    return Screen(text=ctx.t("media-hint"), buttons=((Button(ctx.t("btn-main-menu"), MAIN),),))


def trouble(ctx: Context) -> Screen:
    """After a failure on our side: say so plainly; the person's place is kept."""
    return Screen(text=ctx.t("something-wrong"), buttons=((Button(ctx.t("btn-main-menu"), MAIN),),))
