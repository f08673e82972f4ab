// The read-write floor: ExcelJS reads the workbook and writes it back, nothing else.
const ExcelJS = require('exceljs');
(async () => {
  const t0 = performance.now();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(process.argv[2]);
  await wb.xlsx.writeFile(process.argv[3]);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024 }));
})();
