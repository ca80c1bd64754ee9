-- One cell for `npm run dev:worker` (local D1 only; never applied in production).
-- Its feeds are added from the web app's Nguồn tin page or with more INSERTs like these.
INSERT OR IGNORE INTO cells (id, name, unit, schedule_weekday, schedule_hour, voice, settings)
VALUES ('vks-vp', 'Chi bộ Văn phòng', 'Viện kiểm sát nhân dân tỉnh Đồng Tháp', 5, 8, 'vi-VN-HoaiMyNeural', '{}');
