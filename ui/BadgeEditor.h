#pragma once

#include "ApiError.h"
#include "Badge.h"
#include "ValidationResult.h"

#include <QHash>
#include <QWidget>

#include <optional>

class ChipPreview;
class ColorField;
class DialogService;
class DraftStore;
class ImageField;
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUndoStack;
class TriggerEditor;
class WelcomeCardPreview;

// The badge editor beside the list: every field of the contract, counters at the documented
// limits, validation at the field, live previews and the contrast check. Edits are tracked
// against the badge as it was loaded (dirty, revert, undo/redo) and autosaved as a draft.
// Saving itself is the window's job: the editor asks with saveRequested().
class BadgeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit BadgeEditor(DialogService *dialogs, QWidget *parent = nullptr);
    ~BadgeEditor() override;

    void setDraftStore(DraftStore *store); // may be null: no autosave

    // Starts editing `base` (a badge without id is a new one). Clears undo history.
    void startEditing(const Badge &base);
    // Starts editing `base` with `edited` already applied (a recovered draft): dirty.
    void startEditing(const Badge &base, const Badge &edited);
    void clearEditing();

    bool hasBadge() const { return m_base.has_value(); }
    bool isNew() const { return m_base && !m_base->id; }
    bool isDirty() const;
    const std::optional<Badge> &base() const { return m_base; }
    Badge badge() const { return m_current; }
    ValidationResult validation() const;
    bool canSave() const;
    QString saveBlockedReason() const;

    void revert();
    // The save went through: `saved` becomes the new base and the draft is dropped.
    void markSaved(const Badge &saved);
    // A failed save keeps the form and shows the server's words at the right fields.
    void showSaveError(const ApiError &error);
    void setBusy(bool busy);
    // Writes (or drops) the draft now instead of after the short autosave delay.
    void flushAutosave();

    QUndoStack *undoStack() const { return m_undo; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *revertAction() const { return m_revertAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

    // Called by the undo commands.
    void applyState(const Badge &badge);

signals:
    void saveRequested();
    void dirtyChanged(bool dirty);
    void edited(const Badge &current);

private:
    class EditCommand;

    QWidget *buildForm();
    QWidget *addErrorLabel(const QString &field); // an icon and the words, hidden until needed
    Badge readForm() const;
    void ensureForm();
    void fieldEdited(const QString &field);
    void writeForm(const Badge &badge);
    void refresh();
    void updateCounters();
    void updateValidation();
    void updateContrast();
    void updateDataStatus();
    void fixTextColour();
    void formatData();
    void insertEmoji(const QString &emoji);

    DialogService *m_dialogs;
    DraftStore *m_drafts = nullptr;
    std::optional<Badge> m_base;
    Badge m_current;
    bool m_applying = false;
    bool m_wasDirty = false;
    bool m_busy = false;
    QHash<QString, QStringList> m_serverIssues; // field → messages, until that field changes

    QUndoStack *m_undo;
    QTimer *m_autosave;
    QAction *m_saveAction;
    QAction *m_revertAction;
    QAction *m_undoAction;
    QAction *m_redoAction;

    QLabel *m_title = nullptr;
    QStackedWidget *m_pages = nullptr; // the hint while nothing is edited, then the form
    QScrollArea *m_formScroll = nullptr;
    ChipPreview *m_chipPreview = nullptr;
    WelcomeCardPreview *m_welcomePreview = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_emojiButton = nullptr;
    ColorField *m_background = nullptr;
    ColorField *m_textColor = nullptr;
    QLabel *m_contrastText = nullptr;
    QLabel *m_contrastLight = nullptr;
    QLabel *m_contrastDark = nullptr;
    QLabel *m_contrastTextIcon = nullptr;
    QLabel *m_contrastLightIcon = nullptr;
    QLabel *m_contrastDarkIcon = nullptr;
    QPushButton *m_fixContrast = nullptr;
    QLineEdit *m_tooltip = nullptr;
    QLabel *m_tooltipCounter = nullptr;
    ImageField *m_communicationPic = nullptr;
    QLineEdit *m_communicationTitle = nullptr;
    QLabel *m_titleCounter = nullptr;
    QPlainTextEdit *m_communicationText = nullptr;
    QLabel *m_textCounter = nullptr;
    ImageField *m_pic = nullptr;
    QPlainTextEdit *m_data = nullptr;
    QLabel *m_dataStatus = nullptr;
    QPushButton *m_formatData = nullptr;
    TriggerEditor *m_trigger = nullptr;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fieldWidgets;
    QLabel *m_saveReason = nullptr;
    QPushButton *m_saveButton = nullptr;
};
