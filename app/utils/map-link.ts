// The OpenStreetMap link of an office: its pin when the coordinates are known,
// else a search for its address. Used by service pages, booking pages and mails.
export interface Locatable {
  lat: number | null;
  lng: number | null;
  street: string;
  postalCode: string;
  city: string;
}

export function mapLink(office: Locatable): string {
  if (office.lat !== null && office.lng !== null)
    return `https://www.openstreetmap.org/?mlat=${office.lat}&mlon=${office.lng}#map=18/${office.lat}/${office.lng}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${office.street}, ${office.postalCode} ${office.city}`)}`;
}
