-- sqlite3: joins and aggregates over the tables loaded by load.sql.
SELECT COUNT(*), SUM(qty), printf('%.4f', AVG(price)), MIN(name), MAX(name) FROM items;
SELECT c.name, COUNT(i.id) AS n, SUM(i.qty * i.price) AS total
  FROM cats c JOIN items i ON i.cat = c.id GROUP BY c.id ORDER BY total DESC, c.name;
SELECT c.name, i.name, i.qty FROM items i LEFT JOIN cats c ON c.id = i.cat
  WHERE i.qty > 995 ORDER BY i.qty DESC, i.id LIMIT 12;
SELECT cat, qty % 10 AS d, COUNT(*) FROM items GROUP BY cat, d HAVING COUNT(*) > 1040 ORDER BY 1, 2;
CREATE INDEX items_qty ON items(qty);
SELECT id, name FROM items WHERE qty BETWEEN 500 AND 501 ORDER BY id LIMIT 5;
SELECT name, ROW_NUMBER() OVER (PARTITION BY cat ORDER BY price DESC) AS r FROM items WHERE id % 1000 = 7 ORDER BY cat, r LIMIT 10;
WITH RECURSIVE f(n, v) AS (SELECT 1, 1 UNION ALL SELECT n + 1, v * (n + 1) FROM f WHERE n < 20) SELECT group_concat(v, ' ') FROM f;
UPDATE items SET qty = qty + 1 WHERE cat = 3;
DELETE FROM items WHERE id % 3 = 0;
SELECT COUNT(*), total(qty), upper('done') FROM items;
PRAGMA integrity_check;
