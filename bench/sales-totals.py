#!/usr/bin/env python3
"""The sales totals of the Online Retail files computed without Pyra, against what Pyra answers.

Called by bench/sales-import.sh after its imports. It reads the CSV files itself (csv module, exact
decimals) and replays the imports in their order under the import's rules as documented (docs/imports.md,
issue 13), sharing no code with Pyra:

- the rows of one order number form one order (wherever they are in the file); its time and customer
  are its first row's; a number starting with C is a credit note;
- an order is refused whole when one of its rows has a quantity that is zero or no number, a unit price
  that is no number or negative, no time, or when its rows name different customers: a refused order
  leaves what is stored as it was;
- an order whose number is stored is replaced by the file's lines when what the file says of it
  (customer, time, and each line's product, description, quantity and unit price, in order) differs,
  skipped when not; an order not stored is created;
- line amount = quantity x unit price (scale 6, half even); order amount = the sum of its lines;
  base amount = order amount x rate (scale 6, half even); the order's day is its time, read in the
  file's zone, as a day of the company's zone.

Per import it checks the rows Pyra reports created, updated, skipped and refused; after the imports
given a summary, it checks per month the sales orders, their customers, gross (sales), returns (credit
notes) and net (gross + returns, each rounded to the cent half even from the exact sums), the same for
the grand total (the API's comparison of the whole range), and the orders, credit notes and lines
stored. Any difference prints the differing rows and exits 1.

usage: sales-totals.py --work DIR --rate 9.0 --file-zone Europe/London --company-zone Asia/Shanghai
                       FILE_OF_IMPORT_1 FILE_OF_IMPORT_2 ...
DIR holds, for import n (from 1): import-n.json (the import's final status), and, when it was checked,
summary-n.json (GET /api/v1/sales/summary?groupBy=month), total-n.json (GET /api/v1/sales/comparison
over the same days) and stored-n.txt ("orders credit_notes lines" read from the database). It writes
DIR/totals.md (the grand totals for BENCHMARKS.md).
"""

import argparse
import csv
import datetime
import functools
import gzip
import json
import os
import sys
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from zoneinfo import ZoneInfo

MICRO = Decimal("0.000001")
CENT = Decimal("0.01")

HEADERS = {
    "number": ("invoice", "invoiceno"),
    "product": ("stockcode",),
    "description": ("description",),
    "quantity": ("quantity",),
    "time": ("invoicedate",),
    "price": ("price", "unitprice"),
    "customer": ("customer id", "customerid"),
}


def text(value):
    value = value.strip() if value is not None else ""
    return value or None


def number(value):
    try:
        d = Decimal(value.strip().replace(",", ""))
    except (InvalidOperation, AttributeError):
        return None
    return d if d.is_finite() else None


class Invoice:
    def __init__(self, number):
        self.number = number
        self.rows = []  # (product, description, quantity, price, customer, time text)

    def refused(self, zone):
        customers = {r[4] for r in self.rows}
        for product, description, quantity, price, customer, time in self.rows:
            if quantity is None or quantity == 0 or price is None or price < 0 or moment(time, zone) is None:
                return True
        return len(customers) > 1

    def facts(self):
        """What the file says of the order: equal facts, unchanged order."""
        first = self.rows[0]
        return (first[4], first[5], tuple((r[0], r[1], r[2].normalize(), r[3].normalize()) for r in self.rows))


def read(path):
    """The invoices of a file by number, each with its rows in file order."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = [h.strip().lower() for h in next(reader)]
        at = {}
        for field, names in HEADERS.items():
            found = [i for i, h in enumerate(header) if h in names]
            if not found:
                sys.exit(f"sales-totals: {path} has no column for {field} ({header})")
            at[field] = found[0]
        invoices = {}
        rows = 0
        for row in reader:
            rows += 1
            cell = lambda field: row[at[field]] if at[field] < len(row) else ""
            no = text(cell("number"))
            customer = text(cell("customer"))
            if customer is not None and customer.endswith(".0"):
                customer = customer[:-2]
            description = text(cell("description"))
            invoice = invoices.get(no)
            if invoice is None:
                invoice = invoices[no] = Invoice(no)
            invoice.rows.append(
                (
                    text(cell("product")),
                    description[:300] if description else None,
                    number(cell("quantity")),
                    number(cell("price")),
                    customer,
                    text(cell("time")),
                )
            )
    return invoices, rows


@functools.lru_cache(maxsize=None)
def moment(value, zone):
    if value is None:
        return None
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M"):
        try:
            return datetime.datetime.strptime(value, pattern).replace(tzinfo=zone)
        except ValueError:
            pass
    return None


def cents(value):
    return value.quantize(CENT, rounding=ROUND_HALF_EVEN)


class Figures:
    def __init__(self):
        self.orders = 0
        self.customers = set()
        self.gross = Decimal(0)
        self.returns = Decimal(0)

    def row(self):
        return {
            "orders": self.orders,
            "customers": len(self.customers),
            "gross": cents(self.gross),
            "returns": cents(self.returns),
            "net": cents(self.gross + self.returns),
        }


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--work", required=True)
    args.add_argument("--rate", required=True, type=Decimal)
    args.add_argument("--file-zone", required=True)
    args.add_argument("--company-zone", required=True)
    args.add_argument("files", nargs="+")
    a = args.parse_args()
    file_zone, company_zone = ZoneInfo(a.file_zone), ZoneInfo(a.company_zone)
    files = {}
    for path in a.files:
        if path not in files:
            files[path] = read(path)

    stored = {}  # number -> Invoice (the version the last import that took it wrote)
    failures = []
    report = []
    checked = None
    for step, path in enumerate(a.files, start=1):
        invoices, rows = files[path]
        expected = {"created": 0, "updated": 0, "skipped": 0, "errors": 0}
        for no, invoice in invoices.items():
            n = len(invoice.rows)
            if no is None or invoice.refused(file_zone):
                expected["errors"] += n
            elif no not in stored:
                expected["created"] += n
                stored[no] = invoice
            elif stored[no].facts() == invoice.facts():
                expected["skipped"] += n
            else:
                expected["updated"] += n
                stored[no] = invoice
        status = json.load(open(os.path.join(a.work, f"import-{step}.json"), encoding="utf-8"))
        got = {k: status[k] for k in expected}
        name = os.path.basename(path)
        line = f"import {step} ({name}, {rows} rows): " + ", ".join(f"{k} {v}" for k, v in expected.items())
        if got != expected:
            failures.append(f"{line}\n  Pyra reported: " + ", ".join(f"{k} {v}" for k, v in got.items()))
        summary_path = os.path.join(a.work, f"summary-{step}.json")
        if not os.path.exists(summary_path):
            report.append(line)
            continue

        months, total = {}, Figures()
        credit_notes = lines = 0
        for invoice in stored.values():
            first = invoice.rows[0]
            day = moment(first[5], file_zone).astimezone(company_zone).date()
            amount = sum(((r[2] * r[3]).quantize(MICRO, rounding=ROUND_HALF_EVEN) for r in invoice.rows), Decimal(0))
            base = (amount * a.rate).quantize(MICRO, rounding=ROUND_HALF_EVEN)
            lines += len(invoice.rows)
            f = months.setdefault(f"{day.year:04d}-{day.month:02d}", Figures())
            for figures in (f, total):
                if invoice.number.startswith("C"):
                    figures.returns += base
                else:
                    figures.gross += base
                    figures.orders += 1
                    if first[4] is not None:
                        figures.customers.add(first[4])
            if invoice.number.startswith("C"):
                credit_notes += 1

        summary = json.load(open(summary_path, encoding="utf-8"))
        answered = {r["key"]: r for r in summary["rows"]}
        diffs = []
        for key in sorted(set(answered) | set(months)):
            want = (months.get(key) or Figures()).row()
            have = answered.get(key)
            have = (
                None
                if have is None
                else {k: have[k] if k in ("orders", "customers") else Decimal(have[k]) for k in want}
            )
            if have != want:
                diffs.append((key, want, have))
        comparison = json.load(open(os.path.join(a.work, f"total-{step}.json"), encoding="utf-8"))
        t = comparison["current"]["totals"]
        want_total = total.row()
        have_total = {k: t[k] if k in ("orders", "customers") else Decimal(t[k]) for k in want_total}
        if have_total != want_total:
            diffs.append(("total", want_total, have_total))
        want_stored = [total.orders, credit_notes, lines]
        have_stored = [int(x) for x in open(os.path.join(a.work, f"stored-{step}.txt")).read().split()]
        if have_stored != want_stored:
            diffs.append(("stored orders, credit notes, lines", want_stored, have_stored))
        sold = sorted(k for k, f in months.items())
        line += f"; totals after it: {len(sold)} months, {total.orders} orders, {credit_notes} credit notes"
        line += f", {lines} lines, grand net {want_total['net']}"
        report.append(line)
        if diffs:
            failures.append(f"after import {step} ({name}): computed vs Pyra")
            for key, want, have in diffs:
                failures.append(f"  {key}: computed {fmt(want)}")
                failures.append(f"  {' ' * len(key)}  Pyra     {fmt(have)}")
        checked = (step, summary["currency"], months, want_total, credit_notes, lines)

    for line in report:
        print(line)
    if failures:
        print("TOTALS DISAGREE:")
        for line in failures:
            print(line)
        sys.exit(1)
    if checked is None:
        sys.exit("sales-totals: no import was checked")
    step, currency, months, grand, credit_notes, lines = checked
    print(f"totals after import {step}, in {currency} (base currency, rate {a.rate}; days in {a.company_zone}):")
    print(f"{'month':<8} {'orders':>7} {'customers':>9} {'gross':>16} {'returns':>15} {'net':>16}")
    for key in sorted(months):
        r = months[key].row()
        print(f"{key:<8} {r['orders']:>7} {r['customers']:>9} {r['gross']:>16} {r['returns']:>15} {r['net']:>16}")
    print(
        f"{'total':<8} {grand['orders']:>7} {grand['customers']:>9} {grand['gross']:>16} {grand['returns']:>15}"
        f" {grand['net']:>16}"
    )
    print(f"totals agree to the cent: {len(months)} months, grand net {grand['net']}")
    with open(os.path.join(a.work, "totals.md"), "w", encoding="utf-8") as out:
        out.write(
            f"| {len(months)} months | {grand['orders']} orders, {credit_notes} credit notes, {lines} lines |"
            f" {grand['customers']} customers | {grand['gross']} | {grand['returns']} | {grand['net']} | {currency} |\n"
        )


def fmt(row):
    if row is None:
        return "(no row)"
    if isinstance(row, dict):
        return ", ".join(f"{k} {v}" for k, v in row.items())
    return " ".join(str(x) for x in row)


if __name__ == "__main__":
    main()
