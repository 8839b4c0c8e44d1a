## The frame of every conversation: language choice, menus, buttons, search, help.

welcome-title = Foreigners' Department, Poznań
welcome =
    Hello! I am the assistant of the Foreigners' Department of the Wielkopolska Voivodeship Office.
    I answer questions about residence permits, residence cards and visits, day and night.
lang-name = English
lang-prompt = Choose your language:
lang-title = Language
lang-set = The bot will now speak English. You can change the language any time with /language.

main-menu-title = Main menu
main-menu-text = Choose a topic, or just type your question in your own words.
category-text = Choose a question:

btn-back = ⬅️ Back
btn-main-menu = 🏠 Main menu
btn-page-prev = ◀️ Previous
btn-page-next = Next ▶️
btn-language = 🌐 Language
btn-help = ❓ Help
btn-contact = 📞 Contact the office
btn-official-page = 🔗 Official page
btn-helped-yes = 👍 That helped
btn-helped-no = 👎 Not really

faq-verified = Checked on { $date }. Rules can change: the official page has the latest version.
feedback-thanks = Thank you! Your answer helps us improve the bot.
feedback-sorry =
    Sorry that this did not help.
    Try asking in other words, or contact the office.

search-candidates =
    { $count ->
        [one] I am not sure I understood. Is this what you mean?
       *[other] I am not sure I understood. Is it one of these { $count } questions?
    }
search-nothing =
    Sorry, I do not know the answer to that.
    Try other words, or choose a topic in the menu.
    You can also contact the office: info line 61 850 87 77.

help-title = How to use the bot
help-text =
    • Tap the buttons to go through the topics.
    • Or type a question in your own words, in Polish, English, Russian or Ukrainian.
    • Every answer has a link to the official page.
    • /menu opens the main menu, /language changes the language, /help shows this text.
    The bot does not ask for and does not need your personal data to answer questions.

media-hint = I can read only text. Please type your question, or choose a topic in the menu.
something-wrong = Sorry, something went wrong on our side. Please try again, or open the main menu.
menu-changed = This menu has changed in the meantime. Here is the current one.
private-only = Please write to me in a private chat.

cmd-start = Start again
cmd-menu = Main menu
cmd-language = Change language
cmd-help = How to use the bot
