package fibhash

import (
	"math/big"
	"testing"
)

// TestMul: Mul is 2^64/φ, rounded to the odd neighbour.
func TestMul(t *testing.T) {
	phi := new(big.Float).SetPrec(200)
	phi.Sqrt(new(big.Float).SetPrec(200).SetInt64(5))
	phi.Add(phi, big.NewFloat(1)).Quo(phi, big.NewFloat(2))
	want, _ := new(big.Float).SetPrec(200).Quo(new(big.Float).SetPrec(200).SetMantExp(big.NewFloat(1), 64), phi).Int(nil)
	if d := new(big.Int).Sub(big.NewInt(0).SetUint64(Mul), want); d.Cmp(big.NewInt(-1)) < 0 || d.Cmp(big.NewInt(1)) > 0 || Mul%2 == 0 {
		t.Fatalf("Mul %#x, 2^64/φ is %#x", uint64(Mul), want)
	}
}
