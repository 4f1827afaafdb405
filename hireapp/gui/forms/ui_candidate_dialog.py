# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'candidate_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CandidateDialog(object):
    def setupUi(self, CandidateDialog):
        if not CandidateDialog.objectName():
            CandidateDialog.setObjectName(u"CandidateDialog")
        CandidateDialog.setMinimumSize(QSize(460, 0))
        self.layout = QVBoxLayout(CandidateDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(CandidateDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CandidateDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.emailLabel = QLabel(CandidateDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(CandidateDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(320)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(CandidateDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(CandidateDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(50)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.positionLabel = QLabel(CandidateDialog)
        self.positionLabel.setObjectName(u"positionLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.positionLabel)

        self.positionCombo = QComboBox(CandidateDialog)
        self.positionCombo.setObjectName(u"positionCombo")
        self.positionCombo.setEditable(True)
        self.positionCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.positionCombo)


        self.layout.addLayout(self.form)

        self.problemLabel = QLabel(CandidateDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.layout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(CandidateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.positionLabel.setBuddy(self.positionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.positionCombo)

        self.retranslateUi(CandidateDialog)

        QMetaObject.connectSlotsByName(CandidateDialog)
    # setupUi

    def retranslateUi(self, CandidateDialog):
        CandidateDialog.setWindowTitle(QCoreApplication.translate("CandidateDialog", u"New candidate", None))
        self.nameLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("CandidateDialog", u"Candidate name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Required", None))
        self.emailLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Email:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("CandidateDialog", u"Candidate email", None))
#endif // QT_CONFIG(accessibility)
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"name@example.org (identifies the candidate)", None))
        self.phoneLabel.setText(QCoreApplication.translate("CandidateDialog", u"P&hone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("CandidateDialog", u"Candidate phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("CandidateDialog", u"Optional", None))
        self.positionLabel.setText(QCoreApplication.translate("CandidateDialog", u"&Position:", None))
#if QT_CONFIG(accessibility)
        self.positionCombo.setAccessibleName(QCoreApplication.translate("CandidateDialog", u"Position applied for", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setText("")
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("CandidateDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

