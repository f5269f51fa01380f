-- Personal data is kept no larger than it is shown: subjects already stored are cut to the 80 characters a workbook
-- shows (79 and an ellipsis), as new evidence is from now on.
UPDATE personal_use_evidence SET subject = CONCAT(SUBSTRING(subject, 1, 79), '…') WHERE CHAR_LENGTH(subject) > 80;
