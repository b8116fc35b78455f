/**
 * The 96 certified territorial entities (ETC) the generator uses: the 32 departments (DIVIPOLA department code) and
 * 64 certified districts and municipalities (DIVIPOLA municipality code), with a relative size. Plausible, not an
 * official list (the domain brief says the count of 96 is not confirmed); the weights give the skew of the real
 * registry: a few large ETCs (Bogotá, Antioquia, Valle, Cundinamarca, Medellín, Cali) and many small ones.
 */
export interface EtcSpec {
  code: string;
  name: string;
  department: string;
  /** Relative number of schools. */
  weight: number;
  /** Share of rural schools among the official ones (departments are mostly rural, cities mostly urban). */
  rural: number;
}

const DEPARTMENTS: Array<[string, string, number]> = [
  ['05', 'Antioquia', 1300], ['08', 'Atlántico', 150], ['13', 'Bolívar', 420], ['15', 'Boyacá', 560], ['17', 'Caldas', 230],
  ['18', 'Caquetá', 160], ['19', 'Cauca', 620], ['20', 'Cesar', 230], ['23', 'Córdoba', 430], ['25', 'Cundinamarca', 900],
  ['27', 'Chocó', 210], ['41', 'Huila', 390], ['44', 'La Guajira', 140], ['47', 'Magdalena', 260], ['50', 'Meta', 260],
  ['52', 'Nariño', 620], ['54', 'Norte de Santander', 390], ['63', 'Quindío', 70], ['66', 'Risaralda', 120], ['68', 'Santander', 560],
  ['70', 'Sucre', 220], ['73', 'Tolima', 420], ['76', 'Valle del Cauca', 760], ['81', 'Arauca', 90], ['85', 'Casanare', 110],
  ['86', 'Putumayo', 130], ['88', 'San Andrés', 12], ['91', 'Amazonas', 20], ['94', 'Guainía', 14], ['95', 'Guaviare', 30],
  ['97', 'Vaupés', 14], ['99', 'Vichada', 25],
];

const MUNICIPALITIES: Array<[string, string, string, number]> = [
  ['11001', 'Bogotá, D.C.', 'Bogotá, D.C.', 2300], ['05001', 'Medellín', 'Antioquia', 900], ['76001', 'Cali', 'Valle del Cauca', 800],
  ['08001', 'Barranquilla', 'Atlántico', 450], ['13001', 'Cartagena', 'Bolívar', 420], ['68001', 'Bucaramanga', 'Santander', 230],
  ['54001', 'Cúcuta', 'Norte de Santander', 260], ['73001', 'Ibagué', 'Tolima', 200], ['66001', 'Pereira', 'Risaralda', 160],
  ['17001', 'Manizales', 'Caldas', 140], ['47001', 'Santa Marta', 'Magdalena', 200], ['50001', 'Villavicencio', 'Meta', 190],
  ['52001', 'Pasto', 'Nariño', 150], ['23001', 'Montería', 'Córdoba', 190], ['20001', 'Valledupar', 'Cesar', 170],
  ['41001', 'Neiva', 'Huila', 140], ['19001', 'Popayán', 'Cauca', 130], ['70001', 'Sincelejo', 'Sucre', 110],
  ['15001', 'Tunja', 'Boyacá', 80], ['63001', 'Armenia', 'Quindío', 100], ['44001', 'Riohacha', 'La Guajira', 90],
  ['27001', 'Quibdó', 'Chocó', 70], ['18001', 'Florencia', 'Caquetá', 70], ['85001', 'Yopal', 'Casanare', 70],
  ['05088', 'Bello', 'Antioquia', 150], ['05360', 'Itagüí', 'Antioquia', 90], ['05266', 'Envigado', 'Antioquia', 70],
  ['05045', 'Apartadó', 'Antioquia', 60], ['05615', 'Rionegro', 'Antioquia', 60], ['05837', 'Turbo', 'Antioquia', 70],
  ['05631', 'Sabaneta', 'Antioquia', 30], ['08758', 'Soledad', 'Atlántico', 180], ['08433', 'Malambo', 'Atlántico', 50],
  ['13430', 'Magangué', 'Bolívar', 70], ['15238', 'Duitama', 'Boyacá', 50], ['15759', 'Sogamoso', 'Boyacá', 50],
  ['25754', 'Soacha', 'Cundinamarca', 200], ['25899', 'Zipaquirá', 'Cundinamarca', 50], ['25269', 'Facatativá', 'Cundinamarca', 50],
  ['25290', 'Fusagasugá', 'Cundinamarca', 60], ['25307', 'Girardot', 'Cundinamarca', 45], ['25175', 'Chía', 'Cundinamarca', 60],
  ['25473', 'Mosquera', 'Cundinamarca', 40], ['25286', 'Funza', 'Cundinamarca', 35], ['23417', 'Lorica', 'Córdoba', 60],
  ['23660', 'Sahagún', 'Córdoba', 50], ['41551', 'Pitalito', 'Huila', 60], ['44430', 'Maicao', 'La Guajira', 60],
  ['44847', 'Uribia', 'La Guajira', 70], ['47189', 'Ciénaga', 'Magdalena', 50], ['52835', 'Tumaco', 'Nariño', 90],
  ['52356', 'Ipiales', 'Nariño', 50], ['54498', 'Ocaña', 'Norte de Santander', 40], ['66170', 'Dosquebradas', 'Risaralda', 60],
  ['68081', 'Barrancabermeja', 'Santander', 60], ['68276', 'Floridablanca', 'Santander', 70], ['68307', 'Girón', 'Santander', 45],
  ['68547', 'Piedecuesta', 'Santander', 45], ['76109', 'Buenaventura', 'Valle del Cauca', 120], ['76111', 'Guadalajara de Buga', 'Valle del Cauca', 45],
  ['76147', 'Cartago', 'Valle del Cauca', 45], ['76520', 'Palmira', 'Valle del Cauca', 90], ['76834', 'Tuluá', 'Valle del Cauca', 60],
  ['76364', 'Jamundí', 'Valle del Cauca', 50],
];

export const ETCS: EtcSpec[] = [
  ...DEPARTMENTS.map(([code, department, weight]) => ({ code, name: `Secretaría de Educación de ${department}`, department, weight, rural: 0.65 })),
  ...MUNICIPALITIES.map(([code, name, department, weight]) => ({
    code,
    name: `Secretaría de Educación de ${name}`,
    department,
    weight,
    rural: code === '11001' ? 0.05 : 0.25,
  })),
];

/** Schools per ETC for a national total: proportional to the weights, at least 3 each (1 in a small test country), summing exactly to `total`. */
export function schoolsPerEtc(total: number): number[] {
  const sum = ETCS.reduce((a, e) => a + e.weight, 0);
  const min = Math.max(1, Math.min(3, Math.floor(total / ETCS.length / 4))); // small countries keep the skew
  const raw = ETCS.map((e) => Math.max(min, Math.floor((e.weight / sum) * total)));
  let diff = total - raw.reduce((a, b) => a + b, 0);
  // Hand the remainder to (or take the excess from) the largest ETCs first, deterministically.
  const order = ETCS.map((_, i) => i).sort((a, b) => ETCS[b].weight - ETCS[a].weight || a - b);
  for (let k = 0; diff !== 0; k = (k + 1) % order.length) {
    const i = order[k];
    if (diff > 0) {
      raw[i]++;
      diff--;
    } else if (raw[i] > min) {
      raw[i]--;
      diff++;
    }
  }
  return raw;
}
