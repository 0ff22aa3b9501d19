import { expect } from '@open-wc/testing';
import { checkFee, checkVpa, upiAmount, upiNote, upiUri } from '../../../src/core/booking/upi.js';

describe('UPI', () => {
  it('builds the exact upi://pay address', () => {
    expect(
      upiUri({
        vpa: 'drname@okbank',
        name: 'Dr. Meera Rao',
        paise: 50000,
        note: upiNote('3f2a9c1e-7b4d-4e8a-9c1f-2b3d4e5f6a7b'),
      }),
    ).to.equal(
      'upi://pay?pa=drname@okbank&pn=Dr.%20Meera%20Rao&am=500.00&cu=INR&tn=Appointment%203f2a9c1e-7b4d-4e8a-9c1f-2b3d4e5f6a7b',
    );
    // Paise, and names that need encoding: & = ? # + ' ( ) and non-Latin letters.
    expect(
      upiUri({ vpa: 'clinic.rao-1@ybl', name: "Rao & Sons (O'Neil) #1 + co", paise: 49_950, note: 'Appointment x' }),
    ).to.equal(
      'upi://pay?pa=clinic.rao-1@ybl&pn=Rao%20%26%20Sons%20%28O%27Neil%29%20%231%20%2B%20co&am=499.50&cu=INR&tn=Appointment%20x',
    );
    expect(upiUri({ vpa: 'meera@paytm', name: 'डॉ. मीरा राव', paise: 105, note: 'Appointment 1' })).to.equal(
      `upi://pay?pa=meera@paytm&pn=${encodeURIComponent('डॉ. मीरा राव')}&am=1.05&cu=INR&tn=Appointment%201`,
    );
    // No name: no pn.
    expect(upiUri({ vpa: 'meera@paytm', paise: 100_000_00, note: 'Appointment 1' })).to.equal(
      'upi://pay?pa=meera@paytm&am=100000.00&cu=INR&tn=Appointment%201',
    );
  });

  it('reads fees in rupees with paise', () => {
    expect(checkFee('500')).to.deep.equal({ paise: 50_000 });
    expect(checkFee(' 499.5 ')).to.deep.equal({ paise: 49_950 });
    expect(checkFee('₹1200.00')).to.deep.equal({ paise: 120_000 });
    expect(checkFee('0.01')).to.deep.equal({ paise: 1 });
    expect(upiAmount(49_950)).to.equal('499.50');
    expect(upiAmount(7)).to.equal('0.07');
    for (const bad of ['', '0', '-5', '5,00', '1.234', 'abc', '1e3', '100001', '500 INR']) {
      expect(checkFee(bad), bad).to.have.property('why');
    }
  });

  it('checks UPI ids', () => {
    expect(checkVpa(' drname@okbank ')).to.deep.equal({ vpa: 'drname@okbank' });
    expect(checkVpa('98765.43210@upi')).to.deep.equal({ vpa: '98765.43210@upi' });
    for (const bad of [
      '',
      'drname',
      '@okbank',
      'dr name@okbank',
      'drname@',
      'drname@ok bank',
      'a@b@c',
      'drname@1bank',
      'https://x@y',
    ]) {
      expect(checkVpa(bad), bad).to.have.property('why');
    }
  });
});
