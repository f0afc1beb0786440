import { describe, expect, it } from 'vitest';
import { findIdentifiers } from '../findIdentifiers';

const ips = (text: string) => findIdentifiers(text).filter((f) => f.category === 'IP').map((f) => f.text);

describe('IP addresses', () => {
  it('finds IPv4 addresses with valid octets', () => {
    expect(ips('client_ip = 106.31.73.20;')).toEqual(['106.31.73.20']);
    expect(ips('from 255.255.255.255 and 0.0.0.0')).toEqual(['255.255.255.255', '0.0.0.0']);
  });

  it('rejects octets over 255 and longer dotted numbers', () => {
    expect(ips('version 256.1.1.1')).toEqual([]);
    expect(ips('1.2.3.4.5')).toEqual([]);
  });

  it('finds IPv6 addresses, compressed or not', () => {
    expect(ips('addr 6e40:4041:c617:e898:c11:40d2:c669:2eb4 ok')).toEqual(['6e40:4041:c617:e898:c11:40d2:c669:2eb4']);
    expect(ips('gateway fe80::1ff:fe23:4567:890a')).toEqual(['fe80::1ff:fe23:4567:890a']);
  });

  it('does not take times or ratios for IPv6', () => {
    expect(ips('at 12:30:45 and 10:20')).toEqual([]);
    expect(ips('a::b::c')).toEqual([]);
  });
});
