-- DES-MASS compares the measured mass with the expected mass exactly: the mass is kept as it was recorded (a balance
-- reads to 0.1 mg or finer), no longer rounded to the milligram by the column. Widening keeps every stored value.
ALTER TABLE implant ALTER COLUMN measured_mass_g SET DATA TYPE NUMERIC(18,8);
