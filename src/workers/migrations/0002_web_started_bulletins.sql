-- Bulletins started from a cell's web page ("Tạo bản tin") run through the same queues as the
-- schedule. job_id is the id the web page polls, web_id the bulletin id in the cell's web app
-- (scheduled bulletins leave both NULL: their ids are "lich-<meeting date>"), started_by the editor.
ALTER TABLE bulletins ADD COLUMN job_id TEXT;
ALTER TABLE bulletins ADD COLUMN web_id TEXT;
ALTER TABLE bulletins ADD COLUMN started_by TEXT;
CREATE INDEX bulletins_by_cell_status ON bulletins (cell_id, status);
