// The badge editor, headless: every keystroke updates counters, validation and the previews
// (pixels from grab()), the contrast fix works, and triggers round-trip.

#include "BadgeEditor.h"
#include "ChipPreview.h"
#include "ColorField.h"
#include "DialogService.h"
#include "HexColor.h"
#include "TriggerEditor.h"
#include "TypeText.h"
#include "WcagContrast.h"
#include "WelcomeCardPreview.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUiWorkspaceEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void countersFollowEveryKeystroke();
    void overLimitMarksTheFieldAndBlocksSave();
    void chipPreviewPaintsTheTypedColour();
    void welcomeCardTruncatesLikeTheChat();
    void emptyTextColourIsFlaggedAndFixable();
    void lowContrastIsFixedWithOneClick();
    void invalidHexIsRejectedAtTheField();
    void dataJsonIsValidatedAndPrettyPrinted();
    void unreadableTriggerIsReadOnlyAndRoundTrips();
    void firstMessageExcludesOtherConditions();
    void triggerFormBuildsTheSchema();
    void formIsBuiltOnFirstOpenAndHintShowsWhenNothingIsOpen();

private:
    static Badge sample();
    template<typename T> T *child(const QString &name)
    {
        T *widget = m_editor->findChild<T *>(name);
        if (!widget)
            qFatal("missing %s", qPrintable(name));
        return widget;
    }

    std::unique_ptr<DialogService> m_dialogs;
    std::unique_ptr<BadgeEditor> m_editor;
};

Badge TestUiWorkspaceEditor::sample()
{
    Badge badge;
    badge.id = 7;
    badge.text = u"best"_s;
    badge.backgroundColor = u"#ea00fc"_s;
    badge.textColor = u"#000000"_s;
    badge.tooltip = u"Write 10 messages"_s;
    badge.communicationTitle = u"Congratulations"_s;
    badge.communicationText = u"You earned it"_s;
    return badge;
}

void TestUiWorkspaceEditor::init()
{
    m_dialogs = std::make_unique<DialogService>();
    m_editor = std::make_unique<BadgeEditor>(m_dialogs.get());
    m_editor->resize(600, 1400);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->startEditing(sample());
}

void TestUiWorkspaceEditor::cleanup()
{
    m_editor.reset();
    m_dialogs.reset();
}

void TestUiWorkspaceEditor::countersFollowEveryKeystroke()
{
    auto *tooltip = child<QLineEdit>(u"tooltipEdit"_s);
    auto *counter = child<QLabel>(u"tooltipCounter"_s);
    QCOMPARE(counter->text(), u"17 / 140"_s);
    tooltip->setFocus();
    tooltip->end(false);
    typeText(tooltip, u"!"_s);
    QCOMPARE(counter->text(), u"18 / 140"_s);
    // The contract counts code points: 👍🏽 is two (thumb + skin tone).
    typeText(tooltip, u"👍🏽"_s);
    QCOMPARE(counter->text(), u"20 / 140"_s);
    QVERIFY(m_editor->isDirty());
}

void TestUiWorkspaceEditor::overLimitMarksTheFieldAndBlocksSave()
{
    auto *text = child<QPlainTextEdit>(u"communicationTextEdit"_s);
    auto *save = child<QPushButton>(u"saveButton"_s);
    text->setPlainText(QString(180, u'x'));
    QVERIFY(save->isEnabled());
    text->setPlainText(QString(181, u'x'));
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_editor->saveAction()->isEnabled());
    QVERIFY(child<QLabel>(u"textCounter"_s)->property("over").toBool());
    QVERIFY(text->property("invalid").toBool());
    auto *error = child<QLabel>(u"communicationTextError"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"181"_s), qPrintable(error->text()));
    QVERIFY2(child<QLabel>(u"saveReason"_s)->text().contains(u"too long"_s),
             qPrintable(child<QLabel>(u"saveReason"_s)->text()));
    text->setPlainText(QString(180, u'x'));
    QVERIFY(save->isEnabled());
    QVERIFY(!text->property("invalid").toBool());
}

void TestUiWorkspaceEditor::chipPreviewPaintsTheTypedColour()
{
    auto *preview = child<ChipPreview>(u"chipPreview"_s);
    auto *background = child<QLineEdit>(u"backgroundColorEdit"_s);
    background->selectAll();
    typeText(background, u"#00ff00"_s);
    QCOMPARE(m_editor->badge().backgroundColor, u"#00ff00"_s);
    for (const bool dark : {false, true}) {
        const QImage image = preview->grab().toImage();
        const QRect chip = preview->chipRect(dark);
        QVERIFY(!chip.isEmpty());
        const qreal dpr = image.devicePixelRatio();
        // Just inside the chip's left edge, vertically centred: background, not glyph.
        const QColor pixel =
            image.pixelColor(int((chip.left() + 3) * dpr), int(chip.center().y() * dpr));
        QCOMPARE(pixel.rgb(), QColor(0, 255, 0).rgb());
    }
    // And the row around it is the chat's own background.
    const QImage image = preview->grab().toImage();
    QCOMPARE(image.pixelColor(2, 2).rgb(), WcagContrast::chatLightBackground().rgb());
}

void TestUiWorkspaceEditor::welcomeCardTruncatesLikeTheChat()
{
    auto *title = child<QLineEdit>(u"communicationTitleEdit"_s);
    auto *card = child<WelcomeCardPreview>(u"welcomeCardPreview"_s);
    title->setFocus();
    title->selectAll();
    typeText(title, u"Short"_s);
    card->grab();
    QCOMPARE(card->shownTitle(), u"Short"_s);
    const QString longTitle = QString(u"word "_s).repeated(28).trimmed();
    title->selectAll();
    typeText(title, longTitle);
    card->grab();
    QVERIFY(card->shownTitle().endsWith(u"…"_s));
    QVERIFY(card->shownTitle().size() < longTitle.size());
}

void TestUiWorkspaceEditor::emptyTextColourIsFlaggedAndFixable()
{
    Badge badge = sample();
    badge.textColor = QString(); // the seed's list example
    m_editor->startEditing(badge);
    auto *error = child<QLabel>(u"textColorError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!m_editor->canSave());
    auto *fix = child<QPushButton>(u"fixContrastButton"_s);
    QVERIFY(fix->isEnabled());
    fix->click();
    const auto color = HexColor::parse(m_editor->badge().textColor);
    QVERIFY(color);
    QVERIFY(WcagContrast::ratio(*color, QColor(0xea, 0x00, 0xfc)) >= 4.5);
    QVERIFY(m_editor->canSave());
    QVERIFY(!error->isVisible());
}

void TestUiWorkspaceEditor::lowContrastIsFixedWithOneClick()
{
    auto *textColor = child<QLineEdit>(u"textColorEdit"_s);
    textColor->selectAll();
    typeText(textColor, u"#f000ff"_s); // pink on pink
    auto *verdict = child<QLabel>(u"contrastText"_s);
    QVERIFY2(verdict->text().contains(u"Fail"_s), qPrintable(verdict->text()));
    auto *fix = child<QPushButton>(u"fixContrastButton"_s);
    QVERIFY(fix->isEnabled());
    fix->click();
    const QColor fixed = *HexColor::parse(m_editor->badge().textColor);
    QVERIFY(WcagContrast::ratio(fixed, QColor(0xea, 0x00, 0xfc)) >= 4.5);
    QVERIFY(verdict->text().contains(u"AA"_s));
    QVERIFY(!fix->isEnabled());
    // The fix is one undoable step.
    m_editor->undoAction()->trigger();
    QCOMPARE(m_editor->badge().textColor, u"#f000ff"_s);
}

void TestUiWorkspaceEditor::invalidHexIsRejectedAtTheField()
{
    auto *edit = child<QLineEdit>(u"backgroundColorEdit"_s);
    edit->selectAll();
    typeText(edit, u"#12zz"_s); // the validator keeps "z" out
    QCOMPARE(edit->text(), u"#12"_s);
    QVERIFY(!m_editor->canSave());
    QVERIFY(child<QLabel>(u"backgroundColorError"_s)->isVisible());
    QVERIFY(edit->property("invalid").toBool());
}

void TestUiWorkspaceEditor::dataJsonIsValidatedAndPrettyPrinted()
{
    auto *data = child<QPlainTextEdit>(u"dataEdit"_s);
    auto *status = child<QLabel>(u"dataStatus"_s);
    auto *format = child<QPushButton>(u"formatDataButton"_s);
    data->setPlainText(u"{\"tier\": 2,"_s);
    QVERIFY2(status->text().contains(u"not valid"_s), qPrintable(status->text()));
    QVERIFY(!format->isEnabled());
    QVERIFY(m_editor->canSave()); // free text: still saved as it is
    data->setPlainText(u"{\"tier\":2}"_s);
    QVERIFY(format->isEnabled());
    format->click();
    QVERIFY(data->toPlainText().contains(u"\n"_s));
    QCOMPARE(
        QJsonDocument::fromJson(m_editor->badge().data->toUtf8()).object().value(u"tier"_s).toInt(),
        2);
}

void TestUiWorkspaceEditor::unreadableTriggerIsReadOnlyAndRoundTrips()
{
    Badge badge = sample();
    const QJsonObject foreign {{u"rules"_s, u"configured in the admin panel"_s}, {u"v"_s, 3}};
    badge.trigger = foreign;
    m_editor->startEditing(badge);
    auto *trigger = child<TriggerEditor>(u"triggerEditor"_s);
    QVERIFY(trigger->isReadOnlyTrigger());
    QVERIFY(child<QPlainTextEdit>(u"triggerRaw"_s)->toPlainText().contains(u"admin panel"_s));
    auto *tooltip = child<QLineEdit>(u"tooltipEdit"_s);
    tooltip->setFocus();
    typeText(tooltip, u"!"_s);
    QCOMPARE(m_editor->badge().trigger.toObject(), foreign);
}

void TestUiWorkspaceEditor::firstMessageExcludesOtherConditions()
{
    child<QCheckBox>(u"triggerEnabled"_s)->setChecked(true);
    auto *first = child<QCheckBox>(u"trigger_FIRST_MESSAGE"_s);
    auto *messages = child<QCheckBox>(u"trigger_MESSAGES"_s);
    first->setChecked(true);
    QVERIFY(!messages->isEnabled());
    first->setChecked(false);
    messages->setChecked(true);
    QVERIFY(!first->isEnabled());
}

void TestUiWorkspaceEditor::triggerFormBuildsTheSchema()
{
    child<QCheckBox>(u"triggerEnabled"_s)->setChecked(true);
    child<QCheckBox>(u"trigger_MESSAGES"_s)->setChecked(true);
    const QJsonObject trigger = m_editor->badge().trigger.toObject();
    QCOMPARE(trigger.value(u"conditions"_s).toArray().size(), 1);
    QCOMPARE(trigger.value(u"conditions"_s)[0].toObject().value(u"type"_s).toString(),
             u"MESSAGES"_s);
    QVERIFY(trigger.value(u"duration"_s).isNull());
    QVERIFY(m_editor->canSave());
    m_editor->undoAction()->trigger();
    m_editor->undoAction()->trigger();
    QVERIFY(m_editor->badge().trigger.isNull());
}

void TestUiWorkspaceEditor::formIsBuiltOnFirstOpenAndHintShowsWhenNothingIsOpen()
{
    // A fresh editor (as at start-up): no form yet, the hint says how to begin, nothing to save.
    BadgeEditor fresh(m_dialogs.get());
    fresh.resize(600, 900);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(!fresh.findChild<QLineEdit *>(u"textEdit"_s));
    auto *hint = fresh.findChild<QLabel *>(u"editorHint"_s);
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"New"_s));
    QVERIFY(!fresh.saveAction()->isEnabled());
    QVERIFY(!fresh.findChild<ChipPreview *>()->isVisible());

    fresh.startEditing(sample());
    auto *text = fresh.findChild<QLineEdit *>(u"textEdit"_s);
    QVERIFY(text);
    QVERIFY(text->isVisible());
    QVERIFY(!hint->isVisible());
    QVERIFY(fresh.findChild<ChipPreview *>()->isVisible());
    QCOMPARE(text->text(), u"best"_s);
    text->setFocus();
    text->end(false);
    typeText(text, u"!"_s);
    QCOMPARE(fresh.badge().text, u"best!"_s);
    QVERIFY(fresh.isDirty());

    // Closing shows the hint again; opening another badge reuses the form with its values.
    fresh.clearEditing();
    QVERIFY(hint->isVisible());
    QVERIFY(!text->isVisible());
    QVERIFY(!fresh.hasBadge());
    Badge other = sample();
    other.id = 8;
    other.text = u"other"_s;
    fresh.startEditing(other);
    QCOMPARE(fresh.findChild<QLineEdit *>(u"textEdit"_s), text);
    QCOMPARE(text->text(), u"other"_s);
    QVERIFY(!fresh.isDirty());
}

QTEST_MAIN(TestUiWorkspaceEditor)
#include "tst_ui_workspace_editor.moc"
