-- One row that a reminders run locks (SELECT ... FOR UPDATE) for its whole transaction, so that two 'serve'
-- processes firing the schedule in different minutes never send the same reminders at once.
CREATE TABLE notify_lock (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO notify_lock (id) VALUES (1);
